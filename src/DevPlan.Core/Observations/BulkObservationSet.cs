using System.Collections.Immutable;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Internal;
using DevPlan.Core.Periods;
using DevPlan.Core.Units;

namespace DevPlan.Core.Observations;

/// <summary>
/// Observations held column by column for national-scale data: codes (indicator, zone, unit,
/// source) interned once and stored as small integers, periods packed into integers, and published
/// figures as a 64-bit mantissa with a scale, so that each observation takes
/// <see cref="BytesPerObservation"/> bytes instead of an object with its strings.
/// </summary>
/// <remarks>
/// <para>Figures keep their exact decimal value and scale (<c>1767.30</c> stays <c>1767.30</c>); the
/// rare figure whose mantissa does not fit 63 bits is kept in a side table. Up to 65,535 indicators
/// and 65,535 units; zones and sources are limited only by memory.</para>
/// <para>A set is filled from a reader of any format (<see cref="Load"/>) or from objects
/// (<see cref="FromObservations"/>), is immutable once built and safe to share between threads.</para>
/// </remarks>
internal sealed partial class BulkObservationSet : IReadOnlyList<Observation>
{
    /// <summary>The bytes held per observation in the columns: indicator 2, unit 2, zone 4, period 4, source 4, status 1, flags 1, level 9, growth 9.</summary>
    public const int BytesPerObservation = 2 + 2 + 4 + 4 + 4 + 1 + 1 + (8 + 1) + (8 + 1);

    private readonly ushort[] _indicator;
    private readonly ushort[] _unit;
    private readonly int[] _zone;
    private readonly int[] _period;
    private readonly int[] _source;
    private readonly byte[] _status;
    private readonly byte[] _flags;
    private readonly long[] _level;
    private readonly byte[] _levelScale;
    private readonly long[] _growth;
    private readonly byte[] _growthScale;
    private readonly Dictionary<int, decimal> _wideLevels;
    private readonly Dictionary<int, decimal> _wideGrowths;
    private readonly Dictionary<int, NodaTime.LocalDate> _released;
    private readonly string[] _indicators;
    private readonly string[] _zones;
    private readonly string[] _sources;
    private readonly Unit[] _units;

    private BulkObservationSet(Builder builder)
    {
        Count = builder.Count;
        _indicator = builder.Indicator[..Count];
        _unit = builder.UnitColumn[..Count];
        _zone = builder.Zone[..Count];
        _period = builder.Period[..Count];
        _source = builder.Source[..Count];
        _status = builder.Status[..Count];
        _flags = builder.Flags[..Count];
        _level = builder.Level[..Count];
        _levelScale = builder.LevelScale[..Count];
        _growth = builder.Growth[..Count];
        _growthScale = builder.GrowthScale[..Count];
        _wideLevels = new(builder.WideLevels);
        _wideGrowths = new(builder.WideGrowths);
        _released = new(builder.Released);
        _indicators = builder.Indicators.ToArray();
        _zones = builder.Zones.ToArray();
        _sources = builder.Sources.ToArray();
        _units = [.. builder.Units];

    }

    /// <summary>Gets the number of observations.</summary>
    public int Count { get; }

    /// <summary>Gets the distinct indicator codes, in order of first appearance.</summary>
    public ImmutableArray<string> IndicatorCodes => [.. _indicators];

    /// <summary>Gets the distinct zone codes (the whole region is not a code), in order of first appearance.</summary>
    public ImmutableArray<string> ZoneCodes => [.. _zones.Skip(1)];

    /// <summary>Gets the bytes the columns hold: <see cref="Count"/> × <see cref="BytesPerObservation"/>, plus the rare wide figures (the code tables come on top).</summary>
    public long ColumnBytes => (long)Count * BytesPerObservation + (_wideLevels.Count + _wideGrowths.Count) * 24L;

    /// <summary>Creates a set from observations (their unknown members are not kept).</summary>
    /// <param name="observations">The observations.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is null.</exception>
    /// <exception cref="InvalidOperationException">More than 65,535 indicators or units.</exception>
    public static BulkObservationSet FromObservations(IEnumerable<Observation> observations)
    {
        Preconditions.CheckNotNull(observations);
        var builder = new Builder();
        foreach (var observation in observations)
        {
            builder.Add(Preconditions.CheckNotNull(observation, nameof(observations)));
        }
        return builder.Build();
    }

    /// <summary>
    /// Loads every record of a reader into a set, strictly: the first problem, a notice (a column
    /// that is not known), or a record with members the set cannot keep (the unknown members of a
    /// JSON element) stops the load. Nothing but the columns is allocated per record.
    /// </summary>
    /// <param name="reader">A reader of any format, from its start.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="DevPlanFormatException">A row or element cannot be read or kept, or the file cannot be read at all.</exception>
    /// <exception cref="InvalidOperationException">More than 65,535 indicators or units.</exception>
    public static BulkObservationSet Load(ObservationReader reader)
    {
        Preconditions.CheckNotNull(reader);
        reader.ThrowIfNotices();
        var builder = new Builder(64 * 1024);
        while (reader.Read())
        {
            reader.ThrowIfProblem();
            if (reader.CurrentUnknownMembers is [_, ..] unknown)
            {
                throw new DevPlanFormatException(KeepsNoUnknownMembers(unknown), reader.CurrentLocation);
            }
            builder.Add(reader.Current);
        }
        if (reader.DocumentUnknownMembers is [_, ..] documentMembers)
        {
            throw new DevPlanFormatException(KeepsNoUnknownMembers(documentMembers), new DiagnosticLocation(reader.SourceName, "$"));
        }
        return builder.Build();
    }

    private static DiagnosticMessage KeepsNoUnknownMembers(IReadOnlyList<string> names) =>
        $"Expected only known members, but found {string.Join(", ", names.Select(n => $"\"{n}\""))}; a bulk set keeps no unknown members (read the document with ObservationJson.Parse to keep them).";

    /// <summary>Gets the indicator code of observation <paramref name="index"/>.</summary>
    /// <param name="index">The zero-based index.</param>
    /// <returns>The code.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public string IndicatorOf(int index) => _indicators[_indicator[index]];

    /// <summary>Gets the zone of observation <paramref name="index"/>.</summary>
    /// <param name="index">The zero-based index.</param>
    /// <returns>The scope.</returns>
    public ZoneScope ZoneOf(int index) => _zone[index] == 0 ? ZoneScope.Region : ZoneScope.Zone(_zones[_zone[index]]);

    /// <summary>Gets the period of observation <paramref name="index"/>.</summary>
    /// <param name="index">The zero-based index.</param>
    /// <returns>The period.</returns>
    public ReportingPeriod PeriodOf(int index) => ReportingPeriod.Unpack(_period[index]);

    /// <summary>Gets the level of observation <paramref name="index"/>, if it has one.</summary>
    /// <param name="index">The zero-based index.</param>
    /// <returns>The level, exact.</returns>
    public Quantity? LevelOf(int index) => (_flags[index] & Builder.HasLevel) == 0 ? null : new Quantity(Figure(_level, _levelScale, _wideLevels, index), _units[_unit[index]]);

    /// <summary>Gets the published growth of observation <paramref name="index"/>, if it has one.</summary>
    /// <param name="index">The zero-based index.</param>
    /// <returns>The growth, exact.</returns>
    public Percent? GrowthOf(int index) => (_flags[index] & Builder.HasGrowth) == 0 ? null : new Percent(Figure(_growth, _growthScale, _wideGrowths, index));

    /// <summary>Gets the zone code of observation <paramref name="index"/>: empty for the whole region.</summary>
    /// <param name="index">The zero-based index.</param>
    /// <returns>The code, without allocating.</returns>
    public string ZoneCodeOf(int index) => _zones[_zone[index]];

    /// <summary>Gets observation <paramref name="index"/>, made into an <see cref="Observation"/> (each access makes a new one).</summary>
    /// <param name="index">The zero-based index.</param>
    /// <returns>The observation.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public Observation this[int index]
    {
        get
        {
            return new Observation(IndicatorOf(index), PeriodOf(index), LevelOf(index), GrowthOf(index), CompletedOf(index))
            {
                Zone = ZoneOf(index),
                Status = (ObservationStatus)_status[index],
                Source = SourceOf(index),
                Released = ReleasedOf(index),
            };
        }
    }

    /// <summary>Gets the date observation <paramref name="index"/> was published, when it gives one.</summary>
    /// <param name="index">The zero-based index.</param>
    /// <returns>The release date, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public NodaTime.LocalDate? ReleasedOf(int index)
    {
        Preconditions.CheckRange(index, 0, Count - 1);
        return _released.TryGetValue(index, out var date) ? date : null;
    }

    /// <summary>Gets observation <paramref name="index"/> as a record of values, making no object: for the evaluator's scan.</summary>
    internal ObservationRecord RecordOf(int index) =>
        new()
        {
            Indicator = IndicatorOf(index),
            Zone = ZoneCodeOf(index),
            Period = PeriodOf(index),
            Level = LevelOf(index),
            Growth = GrowthOf(index),
            Completed = CompletedOf(index),
            Status = (ObservationStatus)_status[index],
            Source = SourceOf(index),
            Released = _released.TryGetValue(index, out var date) ? date : null,
        };

    private bool? CompletedOf(int index) => (_flags[index] & Builder.HasCompleted) == 0 ? null : (_flags[index] & Builder.CompletedValue) != 0;

    private string? SourceOf(int index) => _source[index] == 0 ? null : _sources[_source[index]];

    /// <summary>Makes every observation into an object, in order, as enumerated.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<Observation> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private static decimal Figure(long[] mantissas, byte[] scales, Dictionary<int, decimal> wide, int index)
    {
        var scale = scales[index];
        if (scale == Builder.Wide)
        {
            return wide[index];
        }
        var mantissa = mantissas[index];
        var negative = mantissa < 0;
        var magnitude = negative ? (ulong)(-mantissa) : (ulong)mantissa;
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, negative, scale);
    }
}
