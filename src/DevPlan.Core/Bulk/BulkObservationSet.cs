using System.Collections.Immutable;
using DevPlan.Core.Internal;
using DevPlan.Core.Periods;
using DevPlan.Core.Units;

namespace DevPlan.Core.Bulk;

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
/// <para>A set is immutable once built (<see cref="Builder"/>) and safe to share between threads.</para>
/// </remarks>
public sealed partial class BulkObservationSet
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
    private readonly string[] _indicators;
    private readonly string[] _zones;
    private readonly string[] _sources;
    private readonly Unit[] _units;
    private readonly Dictionary<string, int> _indicatorIds;
    private readonly Dictionary<string, int> _zoneIds;

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
        _indicators = builder.Indicators.ToArray();
        _zones = builder.Zones.ToArray();
        _sources = builder.Sources.ToArray();
        _units = [.. builder.Units];
        _indicatorIds = IdsOf(_indicators);
        _zoneIds = IdsOf(_zones);
    }

    private static Dictionary<string, int> IdsOf(string[] codes)
    {
        var ids = new Dictionary<string, int>(codes.Length, StringComparer.Ordinal);
        for (var i = 0; i < codes.Length; i++)
        {
            ids[codes[i]] = i;
        }
        return ids;
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
    /// <returns>The growth in percent, exact.</returns>
    public decimal? GrowthOf(int index) => (_flags[index] & Builder.HasGrowth) == 0 ? null : Figure(_growth, _growthScale, _wideGrowths, index);

    /// <summary>Materialises observation <paramref name="index"/> as an <see cref="Observation"/>.</summary>
    /// <param name="index">The zero-based index.</param>
    /// <returns>The observation.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public Observation ToObservation(int index)
    {
        var flags = _flags[index];
        bool? completed = (flags & Builder.HasCompleted) == 0 ? null : (flags & Builder.CompletedValue) != 0;
        return new Observation(IndicatorOf(index), PeriodOf(index), LevelOf(index), GrowthOf(index) is { } growth ? new Percent(growth) : null, completed)
        {
            Zone = ZoneOf(index),
            Status = (ObservationStatus)_status[index],
            Source = _source[index] == 0 ? null : _sources[_source[index]],
        };
    }

    /// <summary>Materialises every observation, in order.</summary>
    /// <returns>The observations, created as enumerated.</returns>
    public IEnumerable<Observation> ToObservations()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return ToObservation(i);
        }
    }

    internal bool TryFindIndicator(string code, out int id) => _indicatorIds.TryGetValue(code, out id);

    internal int FindZone(ZoneScope zone) => zone.ZoneCode is { } code ? _zoneIds.GetValueOrDefault(code, -1) : 0;

    internal ReadOnlySpan<ushort> IndicatorColumn => _indicator;

    internal ReadOnlySpan<int> ZoneColumn => _zone;

    internal ReadOnlySpan<int> PeriodColumn => _period;

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
