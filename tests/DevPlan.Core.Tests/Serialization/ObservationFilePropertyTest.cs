using System.Text;
using DevPlan.Core.Periods;
using DevPlan.Core.Serialization;
using DevPlan.Core.Units;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DevPlan.Core.Tests.Serialization;

public class ObservationFilePropertyTest
{
    [Property(MaxTest = 200)]
    public Property Csv_RoundTripLosesNothing() =>
        Prop.ForAll(PlanGenerators.ObservationGen.ArrayOf().ToArbitrary(), observations =>
        {
            var csv = ObservationCsv.ToCsv(observations);
            var read = ObservationCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv))).ToList();

            read.Should().BeEquivalentTo(observations, o => o.Excluding(m => m.Name == nameof(PlanElement.UnknownMembers)).WithStrictOrdering());
            read.Select(r => r.Level?.Value.Scale).Should().Equal(observations.Select(o => o.Level?.Value.Scale));
        });

    [Property(MaxTest = 200)]
    public Property Json_RoundTripLosesNothing() =>
        Prop.ForAll(PlanGenerators.ObservationGen.ArrayOf().ToArbitrary(), observations =>
        {
            var bytes = ObservationJson.ToUtf8Bytes(observations);
            var read = ObservationJson.Parse(bytes);

            ObservationJson.ToUtf8Bytes(read).Should().Equal(bytes);
            read.Observations.Should().BeEquivalentTo(observations, o => o.Excluding(m => m.Name == nameof(PlanElement.UnknownMembers)).WithStrictOrdering());
        });

    private static readonly byte[] ValidCsv = Encoding.UTF8.GetBytes(ObservationCsv.ToCsv(
        Enumerable.Range(0, 40).Select(i => new Observation($"ind{i % 7}", ReportingPeriod.ForMonth(2024, i % 12 + 1), new Quantity(i * 1.5m, Unit.HundredMillionYuan), i / 4m)
        {
            Source = i % 3 == 0 ? "quoted, \"text\"\nwith a break" : "plain",
        })));

    private static Gen<byte[]> Mutations(byte[] valid) =>
        ByteMutations.Of(valid, ["\"", ",", "\n", "\r", "1e400", "NaN", ",,,,", "\"\"", "\uFEFF", "\\", "中"]);

    [Property(MaxTest = 400)]
    public Property MutatedCsv_OnlyDocumentedExceptionsEscape_InEitherMode() =>
        Prop.ForAll(Mutations(ValidCsv).ToArbitrary(), bytes =>
        {
            var strict = Record.Exception(() => ObservationCsv.Read(new MemoryStream(bytes)).ToList());
            var lenient = Record.Exception(() => ObservationCsv.ReadLenient(new MemoryStream(bytes)));
            var bulk = Record.Exception(() => Core.Bulk.BulkObservationReader.ReadCsv(new MemoryStream(bytes)));

            foreach (var exception in new[] { strict, lenient, bulk })
            {
                if (exception is not null)
                {
                    exception.Should().BeOfType<ObservationFormatException>(exception.ToString());
                }
            }
            (bulk is null).Should().Be(strict is null, "the bulk reader accepts exactly what the strict reader accepts");
        });

    /// <summary>Damaging one row in lenient mode loses that row at most: every other row is still read.</summary>
    [Property(MaxTest = 300)]
    public Property Lenient_NeverLosesTheValidRows()
    {
        var lines = Encoding.UTF8.GetString(ValidCsv).Split('\n');
        var rowStarts = Enumerable.Range(1, lines.Length - 2).Where(i => lines[i].StartsWith("ind", StringComparison.Ordinal)).ToArray();
        // Damage only rows on one physical line: wrecking the opening line of a quoted multi-line
        // field leaves a stray quote that rightly changes how the rest of the file parses.
        var singleLineRows = rowStarts.Where(i => !lines[i].Contains('"')).ToArray();
        var damage = from row in Gen.Elements(singleLineRows)
                     from garbage in Gen.Elements("ind0,,2024-Q9,1,10^8 CNY,,,,", "ind1,,2024,x,10^8 CNY,,,,", "ind2,,2024", "bad id,,2024,,,1,,,", "ind3,,2024,,,,,,", "ind4,,2024,1,,,,,")
                     select (row, garbage);
        return Prop.ForAll(damage.ToArbitrary(), d =>
        {
            var damaged = (string[])lines.Clone();
            damaged[d.row] = d.garbage;
            var expected = ObservationCsv.Read(new MemoryStream(ValidCsv)).Where((_, i) => i != Array.IndexOf(rowStarts, d.row)).ToList();

            var result = ObservationCsv.ReadLenient(new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', damaged))));

            result.Observations.Should().BeEquivalentTo(expected, o => o.Excluding(m => m.Name == nameof(PlanElement.UnknownMembers)).WithStrictOrdering());
            result.Diagnostics.Should().ContainSingle().Which.Location.Line.Should().Be(d.row + 1);
        });
    }

    [Property(MaxTest = 300)]
    public Property MutatedObservationJson_OnlyObservationFormatExceptionEscapes()
    {
        var valid = ObservationJson.ToUtf8Bytes(ObservationCsv.Read(new MemoryStream(ValidCsv)).ToList());
        return Prop.ForAll(Mutations(valid).ToArbitrary(), bytes =>
        {
            var strict = Record.Exception(() => ObservationJson.Parse(bytes));
            var lenient = Record.Exception(() => ObservationJson.ParseLenient(bytes));
            var bulk = Record.Exception(() => Core.Bulk.BulkObservationReader.ReadJson(new MemoryStream(bytes)));

            foreach (var exception in new[] { strict, lenient, bulk })
            {
                if (exception is not null)
                {
                    exception.Should().BeOfType<ObservationFormatException>(exception.ToString());
                }
            }
        });
    }

}
