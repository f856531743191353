using System.Text;

namespace DevPlan.Cli.Tests;

/// <summary>The streams that let the tool write a report as it is formatted.</summary>
public class ReportStreamsTest
{
    [Fact]
    public void TextWriterStream_DecodesACharacterSplitAcrossWrites()
    {
        var bytes = Encoding.UTF8.GetBytes("地区生产总值1767.3亿元");
        var text = new StringWriter();
        using (var stream = new TextWriterStream(text))
        {
            // One byte at a time: every Chinese character arrives in three pieces.
            foreach (var b in bytes)
            {
                stream.Write([b]);
            }
            stream.Flush();
        }

        text.ToString().Should().Be("地区生产总值1767.3亿元");
    }

    [Fact]
    public void TextWriterStream_RefusesBytesThatAreNotUtf8()
    {
        using var stream = new TextWriterStream(new StringWriter());

        var write = () => stream.Write([0xE5, 0x41]);

        write.Should().Throw<DecoderFallbackException>();
    }

    [Theory]
    [InlineData(new[] { "a\n\n" }, "a")]
    [InlineData(new[] { "a\n", "\n", "b\n" }, "a\n\nb")]
    [InlineData(new[] { "\n", "\n" }, "")]
    [InlineData(new[] { "a", "\n\n\n\n\n\n\n\n\n\n", "b" }, "a\n\n\n\n\n\n\n\n\n\nb")]
    [InlineData(new[] { "a\nb", "c" }, "a\nbc")]
    public void TrimmedEndStream_LeavesOutOnlyTheFinalLineFeeds(string[] writes, string expected)
    {
        using var inner = new MemoryStream();
        using (var trimmed = new TrimmedEndStream(inner))
        {
            foreach (var write in writes)
            {
                trimmed.Write(Encoding.UTF8.GetBytes(write));
            }
            trimmed.Flush();
        }

        Encoding.UTF8.GetString(inner.ToArray()).Should().Be(expected);
    }
}
