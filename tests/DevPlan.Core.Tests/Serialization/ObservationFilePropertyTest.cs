using DevPlan.Core.Diagnostics;
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

            read.Should().BeEquivalentTo(observations, o => o.WithStrictOrdering());
            read.Select(r => r.Level?.Value.Scale).Should().Equal(observations.Select(o => o.Level?.Value.Scale));
        });

    [Property(MaxTest = 200)]
    public Property Json_RoundTripLosesNothing() =>
        Prop.ForAll(PlanGenerators.ObservationGen.ArrayOf().ToArbitrary(), observations =>
        {
            var bytes = ObservationJson.ToUtf8Bytes(observations);
            var read = ObservationJson.Parse(bytes);

            ObservationJson.ToUtf8Bytes(read).Should().Equal(bytes);
            read.Observations.Should().BeEquivalentTo(observations, o => o.WithStrictOrdering());
        });

    private static readonly byte[] ValidCsv = Encoding.UTF8.GetBytes(ObservationCsv.ToCsv(
        Enumerable.Range(0, 40).Select(i => new Observation($"ind{i % 7}", ReportingPeriod.ForMonth(2024, i % 12 + 1), new Quantity(i * 1.5m, Unit.HundredMillionYuan), new Percent(i / 4m))
        {
            Source = i % 3 == 0 ? "quoted, \"text\"\nwith a break" : "plain",
        })));

    private static Gen<byte[]> Mutations(byte[] valid) =>
        ByteMutations.Of(valid, ["\"", ",", "\n", "\r", "1e400", "NaN", ",,,,", "\"\"", "\uFEFF", "\\", "中"]);

    /// <summary>Strict, lenient and column-store reading of the bytes let only <see cref="DevPlanFormatException"/> out, and the column store accepts what the strict reader does.</summary>
    private static void OnlyDocumentedExceptionsEscape(byte[] bytes)
    {
        var strict = Record.Exception(() => ObservationCsv.Read(new MemoryStream(bytes)).ToList());
        var lenient = Record.Exception(() => ObservationCsv.ReadLenient(new MemoryStream(bytes)));
        var bulk = Record.Exception(() => DevPlan.Core.Tests.Observations.BulkLoad.Csv(new MemoryStream(bytes)));

        foreach (var exception in new[] { strict, lenient, bulk })
        {
            if (exception is not null)
            {
                exception.Should().BeOfType<DevPlanFormatException>(exception.ToString());
            }
        }
        (bulk is null).Should().Be(strict is null, "the bulk reader accepts exactly what the strict reader accepts");
    }

    [Property(MaxTest = 400)]
    public Property MutatedCsv_OnlyDocumentedExceptionsEscape_InEitherMode() =>
        Prop.ForAll(Mutations(ValidCsv).ToArbitrary(), OnlyDocumentedExceptionsEscape);

    private static readonly byte[] ValidWideCsv = Encoding.UTF8.GetBytes(
        "indicator,zone,unit,measure,status,source,2021,2022,2023,2024-Q1,2024-YTD-M06\n" +
        string.Concat(Enumerable.Range(0, 30).Select(i => i % 2 == 0
            ? $"ind{i % 7},z{i % 3},10^8 CNY,level,{(i % 4 == 0 ? "P" : "")},\"quoted, \"\"text\"\"\nwith a break\",{i}.5,{i + 1},,{i}.25,{i * 3}\n"
            : $"ind{i % 7},,,growth,,plain,{i / 4m},,-{i}.1,,7.3\n")));

    /// <summary>A wide table damaged anywhere: either mode, and the column store, let only the documented exception out, and agree.</summary>
    [Property(MaxTest = 400)]
    public Property MutatedWideCsv_OnlyDocumentedExceptionsEscape_InEitherMode() =>
        Prop.ForAll(Mutations(ValidWideCsv).ToArbitrary(), OnlyDocumentedExceptionsEscape);

    [Fact]
    public void ValidWideCsv_ReadsEveryFilledCell()
    {
        var read = ObservationCsv.Read(new MemoryStream(ValidWideCsv)).ToList();

        read.Should().HaveCount(15 * 4 + 15 * 3);
        read.Where(o => o.Zone.ZoneCode is not null).Should().OnlyContain(o => o.Source == "quoted, \"text\"\nwith a break" && o.Level != null);
    }

    /// <summary>
    /// Damaging one record in lenient mode loses that record at most: every other row is still read,
    /// and every diagnostic points into the damaged lines. The damage replaces the record's first line
    /// or inserts a quote, a doubled quote, a separator or a line break anywhere in it, quoted
    /// multi-line records included (a stray quote once swallowed every row after it).
    /// </summary>
    [Property(MaxTest = 500)]
    public Property Lenient_NeverLosesTheValidRows()
    {
        var text = Encoding.UTF8.GetString(ValidCsv);
        var lines = text.Split('\n');
        var recordStarts = Enumerable.Range(1, lines.Length - 2).Where(i => lines[i].StartsWith("ind", StringComparison.Ordinal)).ToArray();
        var replaced = from record in Gen.Choose(0, recordStarts.Length - 1)
                       from garbage in Gen.Elements("ind0,,2024-Q9,1,10^8 CNY,,,,", "ind1,,2024,x,10^8 CNY,,,,", "ind2,,2024", "bad id,,2024,,,1,,,", "ind3,,2024,,,,,,",
                           "ind4,,2024,1,,,,,", "ind5,,2024-M02,,,7.2,A,report 5\" screen,", "ind6,,\"2024-M01,1,10^8 CNY,,,,", "ind7,,2024,,,1,,\"note\"x,", "ind8,,\"2024\"")
                       select (record, garbage, insertAt: -1);
        var inserted = from record in Gen.Choose(0, recordStarts.Length - 1)
                       from at in Gen.Choose(0, 200)
                       from what in Gen.Elements("\"", "\"\"", ",", "\n")
                       select (record, garbage: what, insertAt: at);
        return Prop.ForAll(Gen.OneOf(replaced, inserted).ToArbitrary(), d =>
        {
            var first = recordStarts[d.record];
            var last = (d.record + 1 < recordStarts.Length ? recordStarts[d.record + 1] : lines.Length - 1) - 1;
            var recordText = string.Join('\n', lines[first..(last + 1)]);
            var damagedText = d.insertAt < 0
                ? string.Join('\n', [d.garbage, .. lines[(first + 1)..(last + 1)]])
                : recordText.Insert(Math.Min(d.insertAt, recordText.Length), d.garbage);
            var damaged = string.Join('\n', [.. lines[..first], damagedText, .. lines[(last + 1)..]]);
            var (from, to) = (first + 1, first + damagedText.Count(c => c == '\n') + 1);
            var expected = ObservationCsv.Read(new MemoryStream(ValidCsv)).Where((_, i) => i != d.record).ToList();

            var result = ObservationCsv.ReadLenient(new MemoryStream(Encoding.UTF8.GetBytes(damaged)));

            var outside = result.Observations.Where((_, i) => result.Locations[i].Line is not { } line || line < from || line > to).ToList();
            outside.Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
            result.Diagnostics.Where(x => x.Location.Line < from || x.Location.Line > to).Should().BeEmpty();
        });
    }

    [Property(MaxTest = 300)]
    public Property MutatedObservationJson_OnlyTheFormatExceptionEscapes()
    {
        var valid = ObservationJson.ToUtf8Bytes(ObservationCsv.Read(new MemoryStream(ValidCsv)).ToList());
        return Prop.ForAll(Mutations(valid).ToArbitrary(), bytes =>
        {
            var strict = Record.Exception(() => ObservationJson.Parse(bytes));
            var lenient = Record.Exception(() => ObservationJson.ParseLenient(bytes));
            var bulk = Record.Exception(() => DevPlan.Core.Tests.Observations.BulkLoad.Json(new MemoryStream(bytes)));

            foreach (var exception in new[] { strict, lenient, bulk })
            {
                if (exception is not null)
                {
                    exception.Should().BeOfType<DevPlanFormatException>(exception.ToString());
                }
            }
        });
    }

}
