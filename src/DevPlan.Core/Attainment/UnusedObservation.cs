using DevPlan.Core.Periods;

namespace DevPlan.Core.Attainment;

/// <summary>An observation an evaluation did not use, and why.</summary>
/// <param name="Indicator">The observation's indicator code.</param>
/// <param name="Zone">The zone's code, or null for the whole region.</param>
/// <param name="Period">The observation's period.</param>
/// <param name="Reason">Why it was not used.</param>
public sealed record UnusedObservation(string Indicator, string? Zone, ReportingPeriod Period, UnusedReason Reason);
