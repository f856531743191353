using DevPlan.Core.Internal;

namespace DevPlan.Core;

/// <summary>
/// Which part of the plan's region a target or figure applies to: the whole region, or one zone
/// named by its code. The <c>default</c> value is <see cref="Region"/>.
/// </summary>
public readonly struct ZoneScope : IEquatable<ZoneScope>
{
    private ZoneScope(string? zoneCode) => ZoneCode = zoneCode;

    /// <summary>The whole region (the default value).</summary>
    public static ZoneScope Region => default;

    /// <summary>Gets the zone's code, or null for the whole region.</summary>
    public string? ZoneCode { get; }

    /// <summary>Gets whether this scope is the whole region.</summary>
    public bool IsRegion => ZoneCode is null;

    /// <summary>Gets the scope of one zone.</summary>
    /// <param name="zoneCode">The zone's code.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zoneCode"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="zoneCode"/> is not a valid code.</exception>
    public static ZoneScope Zone(string zoneCode) => new(Preconditions.CheckCode(zoneCode));

    /// <summary>Gets the scope for an optional zone code: null means the whole region.</summary>
    /// <param name="zoneCode">The zone's code, or null.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentException"><paramref name="zoneCode"/> is not a valid code.</exception>
    public static ZoneScope FromCode(string? zoneCode) => zoneCode is null ? Region : Zone(zoneCode);

    /// <summary>Returns the zone code, or <c>(region)</c> for the whole region.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ZoneCode ?? "(region)";

    /// <inheritdoc />
    public bool Equals(ZoneScope other) => string.Equals(ZoneCode, other.ZoneCode, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ZoneScope other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => ZoneCode is null ? 0 : StringComparer.Ordinal.GetHashCode(ZoneCode);

    /// <summary>Compares two scopes for equality.</summary>
    /// <param name="left">The first scope.</param>
    /// <param name="right">The second scope.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(ZoneScope left, ZoneScope right) => left.Equals(right);

    /// <summary>Compares two scopes for inequality.</summary>
    /// <param name="left">The first scope.</param>
    /// <param name="right">The second scope.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(ZoneScope left, ZoneScope right) => !left.Equals(right);
}
