using System.Globalization;
using DevPlan.Core;
using DevPlan.Core.Drafting;
using DevPlan.Core.Units;

namespace DevPlan.Drafting.Tests;

/// <summary>
/// Drafted targets and results in one line each, the form the corpus writes its expectations in:
/// <c>gdp growthRate about 5%</c>, <c>grain-output level atLeast 1.3 10^12 jin</c>,
/// <c>energy-intensity completion binding</c>, <c>gdp 2023 level 1767.3 10^8 CNY growth 7.3%</c>.
/// </summary>
internal static class Describe
{
    public static string Target(Target target)
    {
        var text = $"{target.Indicator} {Camel(target.Kind)}";
        if (target.Qualifier is { } qualifier)
        {
            text += " " + Camel(qualifier);
        }
        if (target.Figure is { } figure)
        {
            text += " " + Figure(figure);
        }
        if (target.Stretch is { } stretch)
        {
            text += " stretch " + Figure(stretch);
        }
        if (target.RelativeTo is { } other)
        {
            text += " vs " + other;
        }
        if (target.Nature == TargetNature.Binding)
        {
            text += " binding";
        }
        if (target.Note is { } note)
        {
            text += $" \"{note.ZhCN}\"";
        }
        return text;
    }

    public static string Observation(DraftedObservation drafted)
    {
        var text = $"{drafted.Indicator} {drafted.Period}";
        if (drafted.Observation is { } observation)
        {
            if (observation.Level is { } level)
            {
                text += " level " + Figure(level);
            }
            if (observation.Growth is { } growth)
            {
                text += $" growth {growth.Value.ToString(CultureInfo.InvariantCulture)}%";
            }
            if (observation.Completed is true)
            {
                text += " completed";
            }
            if (observation.Status != ObservationStatus.Normal)
            {
                text += " " + Camel(observation.Status);
            }
        }
        if (drafted.AverageAnnualGrowth is { } average)
        {
            text += $" average {average.Value.ToString(CultureInfo.InvariantCulture)}%";
        }
        foreach (var comparison in drafted.Comparisons)
        {
            text += $" {(comparison.Above ? "above" : "below")} {comparison.Reference}";
            if (comparison.Difference is { } points)
            {
                text += $" {points.Value.ToString(CultureInfo.InvariantCulture)}pp";
            }
        }
        return text;
    }

    public static string Figure(Quantity quantity) => quantity.Unit == Unit.Percent
        ? quantity.Value.ToString(CultureInfo.InvariantCulture) + "%"
        : $"{quantity.Value.ToString(CultureInfo.InvariantCulture)} {quantity.Unit}";

    private static string Camel<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
