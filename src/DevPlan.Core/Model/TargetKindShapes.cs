namespace DevPlan.Core;

/// <summary>
/// The model's half of each target kind: the shape of its figure, which a <see cref="Target"/> checks
/// when it is made, and its name in messages. Everything else a kind means (how it is judged, worded and
/// validated) is its object's, in <c>Attainment/Kinds</c>, a layer above the model that a target cannot
/// reach; exhaustive switches with no fallback, so that a new kind does not compile until it says.
/// </summary>
internal static class TargetKindShapes
{
    /// <summary>What figure a kind of target carries.</summary>
    public static TargetFigure FigureOf(TargetKind kind) => kind switch
    {
        TargetKind.GrowthRate or TargetKind.Reduction or TargetKind.AverageAnnualGrowth or TargetKind.Relative => TargetFigure.Rate,
        TargetKind.Level or TargetKind.Increase => TargetFigure.Level,
        TargetKind.Completion or TargetKind.Qualitative or TargetKind.SetEachYear => TargetFigure.None,
    };

    /// <summary>The kind as messages name it.</summary>
    public static string Describe(TargetKind kind) => kind switch
    {
        TargetKind.GrowthRate => "growth-rate",
        TargetKind.Reduction => "reduction",
        TargetKind.Level => "level",
        TargetKind.Completion => "completion",
        TargetKind.AverageAnnualGrowth => "average-annual-growth",
        TargetKind.Increase => "increase",
        TargetKind.Relative => "relative",
        TargetKind.Qualitative => "qualitative",
        TargetKind.SetEachYear => "set-each-year",
    };
}

/// <summary>What figure a target carries.</summary>
internal enum TargetFigure
{
    /// <summary>No figure: the target is judged completed or not.</summary>
    None,

    /// <summary>A rate in percent.</summary>
    Rate,

    /// <summary>A level in the indicator's unit.</summary>
    Level,
}
