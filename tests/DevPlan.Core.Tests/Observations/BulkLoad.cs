using DevPlan.Core.Observations;
using DevPlan.Core.Serialization;

namespace DevPlan.Core.Tests.Observations;

/// <summary>Bulk sets loaded through each format's reader, as a user does.</summary>
internal static class BulkLoad
{
    public static BulkObservationSet Csv(Stream stream, ObservationCsvOptions? options = null, string? sourceName = null)
    {
        using var reader = ObservationCsv.OpenReader(stream, options, sourceName);
        return BulkObservationSet.Load(reader);
    }

    public static BulkObservationSet Json(Stream stream)
    {
        using var reader = ObservationJson.OpenReader(stream);
        return BulkObservationSet.Load(reader);
    }

    public static Core.Attainment.PlanEvaluation StreamCsv(Plan plan, Stream stream, NodaTime.LocalDate asOf)
    {
        using var reader = ObservationCsv.OpenReader(stream);
        return Core.Attainment.PlanEvaluator.Evaluate(plan, reader, asOf);
    }
}
