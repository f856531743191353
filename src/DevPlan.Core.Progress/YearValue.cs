namespace DevPlan.Core.Progress;

/// <summary>A value of a series in a year, for multi-year progress.</summary>
/// <param name="Year">The year.</param>
/// <param name="Value">The value.</param>
public readonly record struct YearValue(int Year, decimal Value);
