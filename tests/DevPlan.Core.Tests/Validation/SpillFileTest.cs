using System.Text;
using DevPlan.Core.Serialization;
using DevPlan.Core.Tests.Observations;
using DevPlan.Core.Validation;

namespace DevPlan.Core.Tests.Validation;

/// <summary>The checker's spilled runs leave nothing in the temporary folder (run alone: it lists the folder).</summary>
[Collection(MemoryMeasurementCollection.Name)]
public class SpillFileTest
{
    [Fact]
    public void SpilledRuns_AreUnlinkedAsSoonAsOpened_OnUnix()
    {
        var plan = SeedFiles.JinanPlan;
        var pattern = $".devplan-check.{Environment.ProcessId}.*";
        var found = new List<string>();
        using (var checker = new ObservationChecker(plan, null, 1))
        {
            using var reader = ObservationCsv.OpenReader(new MemoryStream(Encoding.UTF8.GetBytes("indicator,zone,period,value,unit,growth\ngdp,,2023,,,1\ngdp,,2024,,,2\ngdp,,2024,,,3\n")),
                ObservationCsvOptions.Default with { Units = plan.UnitSystem }, "f.csv");
            checker.Check(reader, d => found.Add(d.ToString()));
            if (!OperatingSystem.IsWindows())
            {
                Directory.GetFiles(Path.GetTempPath(), pattern).Should().BeEmpty("a run spilled to disk is unlinked while open, so a killed process leaves nothing");
            }
            checker.Complete(d => found.Add(d.ToString()));
        }

        found.Should().ContainSingle().Which.Should().Contain("DP2001", "the runs on disk are still read");
        Directory.GetFiles(Path.GetTempPath(), pattern).Should().BeEmpty();
    }
}
