using DevPlan.Core.Internal;
using DevPlan.Core.Units;

namespace DevPlan.Core.Observations;

internal sealed partial class BulkObservationSet
{
    /// <summary>Fills a <see cref="BulkObservationSet"/> one observation at a time, growing its columns as needed.</summary>
    internal sealed class Builder
    {
        internal const byte HasLevel = 1;
        internal const byte HasGrowth = 2;
        internal const byte HasCompleted = 4;
        internal const byte CompletedValue = 8;
        internal const byte Wide = byte.MaxValue;

        private readonly Dictionary<Unit, int> _unitIds = [];

        /// <summary>Creates a builder.</summary>
        /// <param name="capacity">The number of observations to make room for at first.</param>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is negative.</exception>
        public Builder(int capacity = 1024)
        {
            Preconditions.CheckRange(capacity, 0, int.MaxValue);
            Resize(Math.Max(capacity, 16));
            Zones.Intern("");
            Sources.Intern("");
        }

        /// <summary>Gets the number of observations added.</summary>
        public int Count { get; private set; }

        internal ushort[] Indicator { get; private set; } = [];
        internal ushort[] UnitColumn { get; private set; } = [];
        internal int[] Zone { get; private set; } = [];
        internal int[] Period { get; private set; } = [];
        internal int[] Source { get; private set; } = [];
        internal byte[] Status { get; private set; } = [];
        internal byte[] Flags { get; private set; } = [];
        internal long[] Level { get; private set; } = [];
        internal byte[] LevelScale { get; private set; } = [];
        internal long[] Growth { get; private set; } = [];
        internal byte[] GrowthScale { get; private set; } = [];
        internal Dictionary<int, decimal> WideLevels { get; } = [];
        internal Dictionary<int, decimal> WideGrowths { get; } = [];

        /// <summary>Gets the release dates of the observations that give one, by index: few rows give one, and the rest cost nothing.</summary>
        internal Dictionary<int, NodaTime.LocalDate> Released { get; } = [];
        internal CodeTable Indicators { get; } = new();
        internal CodeTable Zones { get; } = new();
        internal CodeTable Sources { get; } = new();
        internal List<Unit> Units { get; } = [];

        /// <summary>Adds an observation (its unknown members are not kept).</summary>
        /// <param name="observation">The observation.</param>
        /// <exception cref="ArgumentNullException"><paramref name="observation"/> is null.</exception>
        /// <exception cref="InvalidOperationException">More than 65,535 indicators or units.</exception>
        public void Add(Observation observation)
        {
            Preconditions.CheckNotNull(observation);
            Add(observation.Indicator.AsSpan(), (observation.Zone.ZoneCode ?? "").AsSpan(), observation.Period.Pack(), observation.Level, observation.Growth?.Value,
                observation.Status, observation.Completed, (observation.Source ?? "").AsSpan(), observation.Released);
        }

        /// <summary>Adds a record without materialising its strings (codes seen before cost a lookup).</summary>
        public void Add(in ObservationRecord record) =>
            Add(record.Indicator, record.Zone, record.Period.Pack(), record.Level, record.Growth?.Value, record.Status, record.Completed, record.Source, record.Released);

        internal void Add(ReadOnlySpan<char> indicator, ReadOnlySpan<char> zone, int period, Quantity? level, decimal? growth, ObservationStatus status, bool? completed, ReadOnlySpan<char> source,
            NodaTime.LocalDate? released = null)
        {
            if (Count == Indicator.Length)
            {
                Resize(Count * 2);
            }
            var i = Count;
            Indicator[i] = Narrow(Indicators.Intern(indicator), "indicators");
            Zone[i] = Zones.Intern(zone);
            Period[i] = period;
            Source[i] = Sources.Intern(source);
            Status[i] = (byte)status;
            byte flags = 0;
            if (level is { } l)
            {
                flags |= HasLevel;
                UnitColumn[i] = Narrow(UnitId(l.Unit), "units");
                Store(l.Value, Level, LevelScale, WideLevels, i);
            }
            if (growth is { } g)
            {
                flags |= HasGrowth;
                Store(g, Growth, GrowthScale, WideGrowths, i);
            }
            if (completed is { } c)
            {
                flags |= (byte)(HasCompleted | (c ? CompletedValue : 0));
            }
            Flags[i] = flags;
            if (released is { } date)
            {
                Released[i] = date;
            }
            Count = i + 1;
        }

        /// <summary>Builds the immutable set; the builder can go on being used.</summary>
        /// <returns>The set.</returns>
        public BulkObservationSet Build() => new(this);

        private Unit _lastUnit;
        private int _lastUnitId = -1;

        private int UnitId(Unit unit)
        {
            if (_lastUnitId >= 0 && unit == _lastUnit)
            {
                return _lastUnitId;
            }
            if (!_unitIds.TryGetValue(unit, out var id))
            {
                id = Units.Count;
                _unitIds.Add(unit, id);
                Units.Add(unit);
            }
            (_lastUnit, _lastUnitId) = (unit, id);
            return id;
        }

        private static ushort Narrow(int id, string what) =>
            id <= ushort.MaxValue ? (ushort)id : throw new InvalidOperationException($"A bulk observation set holds at most {ushort.MaxValue + 1} distinct {what}.");

        /// <summary>Stores a decimal as a 64-bit mantissa and a scale, or in the side table when it is wider.</summary>
        private static void Store(decimal value, long[] mantissas, byte[] scales, Dictionary<int, decimal> wide, int index)
        {
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(value, bits);
            var low = (ulong)(uint)bits[0] | ((ulong)(uint)bits[1] << 32);
            if (bits[2] != 0 || low > long.MaxValue)
            {
                scales[index] = Wide;
                wide[index] = value;
                return;
            }
            var negative = bits[3] < 0;
            mantissas[index] = negative ? -(long)low : (long)low;
            scales[index] = (byte)((bits[3] >> 16) & 0xFF);
            if (negative && low == 0)
            {
                // −0 with a scale keeps its sign only in the side table.
                scales[index] = Wide;
                wide[index] = value;
            }
        }

        private void Resize(int capacity)
        {
            Indicator = Grow(Indicator, capacity);
            UnitColumn = Grow(UnitColumn, capacity);
            Zone = Grow(Zone, capacity);
            Period = Grow(Period, capacity);
            Source = Grow(Source, capacity);
            Status = Grow(Status, capacity);
            Flags = Grow(Flags, capacity);
            Level = Grow(Level, capacity);
            LevelScale = Grow(LevelScale, capacity);
            Growth = Grow(Growth, capacity);
            GrowthScale = Grow(GrowthScale, capacity);
        }

        private static T[] Grow<T>(T[] array, int capacity)
        {
            var grown = GC.AllocateUninitializedArray<T>(capacity);
            array.AsSpan().CopyTo(grown);
            return grown;
        }
    }
}
