using System.Text;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Serialization;

namespace DevPlan.Core.Tests.Serialization;

/// <summary>
/// The JSON observation reader streams a document through a buffer of 64 KiB, moving the unread rest
/// to the front only when it must read more: the lines and paths it reports must be those of the
/// document however the bytes arrive. Figures are illustrative.
/// </summary>
public class JsonReaderBufferTest
{
    private const int Count = 3_000; // about 200 KB: the buffer is refilled a few times

    /// <summary>One observation a line from line 3 on (line 1 the root, line 2 the version); the ones in <paramref name="bad"/> lack a figure.</summary>
    private static string Document(ISet<int> bad, int syntaxErrorAt = -1, int largeAt = -1)
    {
        var json = new StringBuilder("{\n\"schemaVersion\": 1, \"observations\": [\n");
        for (var i = 0; i < Count; i++)
        {
            json.Append("{\"indicator\": \"gdp\", \"zone\": \"z").Append(i).Append("\", \"period\": \"2024\"");
            if (i == largeAt)
            {
                // Two strings just under the 64 KiB limit each: an element larger than the buffer.
                json.Append(", \"source\": \"").Append('s', 60_000).Append("\", \"x-note\": \"").Append('n', 60_000).Append('"');
            }
            json.Append(bad.Contains(i) ? "" : ", \"growth\": 5.1").Append('}');
            json.Append(i == syntaxErrorAt ? " " : i < Count - 1 ? ",\n" : "\n");
        }
        return json.Append("]}\n").ToString();
    }

    /// <summary>A stream that hands out at most a few hundred bytes a read, as a network stream may.</summary>
    private sealed class Trickle(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 777));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ProblemsFarIntoTheDocument_AreReportedAtTheirOwnLinesAndPaths(bool trickle)
    {
        var bad = new HashSet<int> { 0, 700, 1_499, Count - 1 };
        var bytes = Encoding.UTF8.GetBytes(Document(bad));

        var result = ObservationJson.ReadLenient(trickle ? new Trickle(bytes) : new MemoryStream(bytes), sourceName: "big.json");

        result.Observations.Should().HaveCount(Count - bad.Count);
        result.Diagnostics.Select(d => (d.Location.JsonPath, d.Location.Line)).Should().Equal(
            bad.Order().Select(i => ((string?)$"$.observations[{i}]", (long?)(i + 3))));
    }

    [Fact]
    public void ASyntaxErrorFarIntoTheDocument_IsReportedAtItsLine()
    {
        // Element 2,500 is not followed by a comma: the error is found at the next element, on line 2,504.
        var bytes = Encoding.UTF8.GetBytes(Document(new HashSet<int>(), syntaxErrorAt: 2_500));

        var act = () => ObservationJson.Read(new Trickle(bytes), sourceName: "big.json");

        act.Should().Throw<DevPlanFormatException>().Which.LineNumber.Should().Be(2_500 + 3);
    }

    [Fact]
    public void AnElementLargerThanTheBuffer_IsReadWhole_AndLinesAfterItStayRight()
    {
        var bytes = Encoding.UTF8.GetBytes(Document(new HashSet<int> { 2_000 }, largeAt: 1_000));

        var result = ObservationJson.ReadLenient(new Trickle(bytes), sourceName: "big.json");

        result.Observations.Should().HaveCount(Count - 1);
        result.Observations.Single(o => o.Zone.ZoneCode == "z1000").Source.Should().HaveLength(60_000).And.MatchRegex("^s+$");
        result.Diagnostics.Select(d => (d.Location.JsonPath, d.Location.Line)).Should().Equal(((string?)"$.observations[2000]", (long?)2_003));
    }
}
