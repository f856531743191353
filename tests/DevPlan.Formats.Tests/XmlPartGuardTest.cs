using System.Text;
using System.Xml;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Spreadsheets;
using DevPlan.Core.Spreadsheets.Internal;

namespace DevPlan.Formats.Tests;

/// <summary>
/// The guard under every XML part of a workbook: what it counts as one token, how deep it finds the
/// elements, in UTF-8 and UTF-16, whole or a byte at a time; and the bounded table of names.
/// </summary>
public sealed class XmlPartGuardTest
{
    [Theory]
    [InlineData("<a><b><c/></b></a>", 3)]
    [InlineData("<a><b x='/>' y=\">\"/><b/></a>", 2)]
    [InlineData("<?xml version=\"1.0\"?><a><!-- <b><c><d> --><b/></a>", 2)]
    [InlineData("<a><b><![CDATA[<c><d><e>]]]]><![CDATA[>]]></b></a>", 2)]
    [InlineData("<a><?pi <b><c> ?><b>text &lt;c&gt;</b ></a>", 2)]
    [InlineData("<a><!----><b/><!-- - > --><c/></a>", 2)]
    [InlineData("<a><!-- > <b> --></a>", 1)]
    [InlineData("<a><!-- -x <b> --></a>", 1)]
    [InlineData("<a><!---><b><c>--></a>", 1)]
    [InlineData("<a><![CDATA[ ]x <b> ]]></a>", 1)]
    [InlineData("<a><![CDATA[ ]]x <b> ]]></a>", 1)]
    public void Elements_are_counted_as_deep_as_they_are_nested_and_no_deeper(string xml, int depth)
    {
        Read(xml, depth, 1 << 20).Should().BeTrue("the XML nests {0} deep", depth);
        Read(xml, depth - 1, 1 << 20).Should().BeFalse("one level less is refused");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_part_in_UTF16_is_counted_in_its_units(bool bigEndian)
    {
        const string xml = "<a><b x=\"中/>\"><c>文</c></b></a>";
        var bytes = new UnicodeEncoding(bigEndian, byteOrderMark: true).GetBytes("\uFEFF" + xml);

        ReadBytes(bytes, 3, 1 << 20, oneByteAtATime: true).Should().BeTrue();
        ReadBytes(bytes, 2, 1 << 20, oneByteAtATime: true).Should().BeFalse();
        var withoutMark = new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes(xml);
        foreach (var oneByteAtATime in new[] { false, true })
        {
            ReadBytes(withoutMark, 3, 1 << 20, oneByteAtATime).Should().BeTrue("a part told UTF-16 by its first '<'");
            ReadBytes(withoutMark, 2, 1 << 20, oneByteAtATime).Should().BeFalse();
        }
        // The tag <b x="中/>"> is 11 units, 22 bytes.
        ReadBytes(withoutMark, 3, 22, oneByteAtATime: false).Should().BeTrue();
        ReadBytes(withoutMark, 3, 21, oneByteAtATime: false).Should().BeFalse();
    }

    [Theory]
    [InlineData("<a><b attribute=\"0123456789\"/></a>", "<b attribute=\"0123456789\"/>")]
    [InlineData("<a>0123456789012345678901234567890123456789</a>", "0123456789012345678901234567890123456789")]
    [InlineData("<a><!-- 0123456789012345678901234567890123456789 --></a>", "<!-- 0123456789012345678901234567890123456789 -->")]
    [InlineData("<a><![CDATA[0123456789012345678901234567890123456789]]></a>", "<![CDATA[0123456789012345678901234567890123456789]]>")]
    [InlineData("<a><?target 0123456789012345678901234567890123456789?></a>", "<?target 0123456789012345678901234567890123456789?>")]
    [InlineData("<a>一二三四五六七八九十</a>", "一二三四五六七八九十")]
    [InlineData("<abcdefghijklmnopqrstuvwxyz></abcdefghijklmnopqrstuvwxyz   >", "</abcdefghijklmnopqrstuvwxyz   >")]
    [InlineData("<a>0123456789</a>\r\n", "0123456789")]
    public void The_longest_token_is_allowed_at_its_length_in_bytes_and_refused_one_byte_shorter(string xml, string longest)
    {
        var bytes = Encoding.UTF8.GetByteCount(longest);

        foreach (var oneByteAtATime in new[] { false, true })
        {
            ReadBytes(Encoding.UTF8.GetBytes(xml), 8, bytes, oneByteAtATime).Should().BeTrue();
            var refuse = () => Guard(Encoding.UTF8.GetBytes(xml), 8, bytes - 1, oneByteAtATime);
            refuse.Should().Throw<DevPlanFormatException>().Which.Message.Should()
                .Contain($"longer than {bytes - 1} bytes (XlsxReadOptions.MaxXmlTokenBytes)").And.Contain("the part xl/part.xml").And.Contain("book.xlsx");
        }
    }

    [Fact]
    public void The_depth_refusal_names_the_part_the_limit_and_the_option()
    {
        var refuse = () => Guard(Encoding.UTF8.GetBytes("<a><b><c/></b></a>"), 2, 100, oneByteAtATime: false);

        refuse.Should().Throw<DevPlanFormatException>().Which.Message.Should()
            .Contain("nested at most 2 deep (XlsxReadOptions.MaxXmlDepth)").And.Contain("the part xl/part.xml").And.Contain("book.xlsx");
    }

    [Fact]
    public void The_depth_falls_as_elements_close()
    {
        var xml = Encoding.UTF8.GetBytes("<a><b/><c><d/></c><e></e><f x=\"1\" /></a>");
        using var guard = new XmlPartGuard(new MemoryStream(xml), "xl/part.xml", "book.xlsx", new XlsxReadOptions { MaxXmlDepth = 3 });
        var depths = new List<int>();
        var buffer = new byte[1];
        while (guard.Read(buffer, 0, 1) > 0)
        {
            depths.Add(guard.Depth);
        }

        depths.Max().Should().Be(3);
        depths[^1].Should().Be(0, "every element closed");
        guard.CanRead.Should().BeTrue();
        guard.CanSeek.Should().BeFalse();
        guard.CanWrite.Should().BeFalse();
    }

    [Fact]
    public void A_doctype_is_refused_by_the_reader_above_the_guard()
    {
        var xml = Encoding.UTF8.GetBytes("<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>");

        var read = () => ReadBytes(xml, 8, 1 << 20, oneByteAtATime: false);

        read.Should().Throw<XmlException>().WithMessage("*DTD*");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_UTF16_character_whose_low_byte_is_an_angle_bracket_is_not_taken_for_one(bool bigEndian)
    {
        // 丼 is U+4E3C and 举 U+4E3E: their low bytes are '<' and '>'.
        var bytes = new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes("<a>丼丼举</a>");

        foreach (var oneByteAtATime in new[] { false, true })
        {
            ReadBytes(bytes, 1, 1 << 20, oneByteAtATime).Should().BeTrue("the text holds no element");
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("<")]
    public void A_part_too_short_to_tell_its_encoding_is_read_to_its_end_and_left_to_the_XmlReader(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);

        foreach (var oneByteAtATime in new[] { false, true })
        {
            Scan(bytes, 8, 1 << 20, oneByteAtATime).Should().Be(0);
            var read = () => Guard(bytes, 8, 1 << 20, oneByteAtATime);
            read.Should().Throw<XmlException>("the reader above the guard says what is wrong");
        }
    }

    [Theory]
    [InlineData("<a><>")]              // not XML: a tag without a name ends at its '>'
    [InlineData("<a><!>")]             // an empty declaration
    [InlineData("<a><!DOCTYPE a>")]    // a declaration, not a CDATA section
    [InlineData("<a><!-x>")]           // a single '-' does not begin a comment
    [InlineData("<a><!x->")]           // nor a '-' after another character
    [InlineData("<a><![x>")]           // a '[' alone does not begin a CDATA section
    [InlineData("<a><![->")]           // nor "[-"
    [InlineData("<a><!-CDATA[>")]      // nor "[CDATA[" after a '-'
    public void A_tag_the_XmlReader_refuses_ends_at_its_first_close_and_the_elements_after_it_are_counted(string before)
    {
        var bytes = Encoding.UTF8.GetBytes(before + "<b><c>");

        foreach (var oneByteAtATime in new[] { false, true })
        {
            Scan(bytes, 8, 1 << 20, oneByteAtATime).Should().Be(3, "<a>, <b> and <c> are open after {0}", before);
        }
    }

    [Fact]
    public void A_declaration_is_one_token_up_to_its_close()
    {
        // The declaration is 21 bytes, the longest token; the XmlReader above the guard refuses it.
        var bytes = Encoding.UTF8.GetBytes("<!DOCTYPE abcdefghij><a>x</a>");

        foreach (var oneByteAtATime in new[] { false, true })
        {
            Scan(bytes, 8, 21, oneByteAtATime).Should().Be(0);
            var refuse = () => Scan(bytes, 8, 20, oneByteAtATime);
            refuse.Should().Throw<DevPlanFormatException>().Which.Message.Should()
                .Contain("longer than 20 bytes (XlsxReadOptions.MaxXmlTokenBytes)").And.Contain("the part xl/part.xml").And.Contain("book.xlsx");
        }
    }

    [Fact]
    public void Disposing_a_guard_or_a_watched_part_disposes_the_part_it_reads()
    {
        var part = new MemoryStream(Encoding.UTF8.GetBytes("<a/>"));
        var watchedPart = new MemoryStream(Encoding.UTF8.GetBytes("<a/>"));

        new XmlPartGuard(part, "xl/part.xml", "book.xlsx", new XlsxReadOptions()).Dispose();
        new ByteBudget(100, "book.xlsx").Watch(watchedPart).Dispose();

        part.CanRead.Should().BeFalse("the guard owns the part's stream");
        watchedPart.CanRead.Should().BeFalse("the budget's watch owns the part's stream");
    }

    [Fact]
    public void The_table_of_names_holds_its_limit_of_distinct_names_and_refuses_one_more()
    {
        var names = new BoundedNameTable("xl/part.xml", "book.xlsx", 3);

        var a = names.Add("a");
        names.Add("b".ToCharArray(), 0, 1);
        names.Add("a").Should().BeSameAs(a, "a name met again is the same, and not counted again");
        names.Add("xcx".ToCharArray(), 1, 1);
        names.Get("c").Should().Be("c");
        names.Get("cx".ToCharArray(), 0, 1).Should().Be("c");
        names.Get("d").Should().BeNull();

        var more = () => names.Add("d");
        more.Should().Throw<DevPlanFormatException>().Which.Message.Should()
            .Contain("at most 3 distinct names").And.Contain("XlsxReadOptions.MaxXmlNames").And.Contain("xl/part.xml").And.Contain("book.xlsx");
    }

    /// <summary>Reads XML through the guard with an XmlReader; true when read, false when the guard refused it.</summary>
    private static bool Read(string xml, int depth, int tokenBytes) => ReadBytes(Encoding.UTF8.GetBytes(xml), depth, tokenBytes, oneByteAtATime: true) && ReadBytes(Encoding.UTF8.GetBytes(xml), depth, tokenBytes, oneByteAtATime: false);

    private static bool ReadBytes(byte[] bytes, int depth, int tokenBytes, bool oneByteAtATime)
    {
        try
        {
            Guard(bytes, depth, tokenBytes, oneByteAtATime);
            return true;
        }
        catch (DevPlanFormatException)
        {
            return false;
        }
    }

    private static void Guard(byte[] bytes, int depth, int tokenBytes, bool oneByteAtATime)
    {
        Stream inner = oneByteAtATime ? new Trickle(bytes) : new MemoryStream(bytes);
        using var guard = new XmlPartGuard(inner, "xl/part.xml", "book.xlsx", new XlsxReadOptions { MaxXmlDepth = depth, MaxXmlTokenBytes = tokenBytes });
        using var xml = XmlReader.Create(guard, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        while (xml.Read())
        {
        }
    }

    /// <summary>Reads bytes through the guard alone, to their end, as the XmlReader above it would buffer them; how deep the elements are left open.</summary>
    private static int Scan(byte[] bytes, int depth, int tokenBytes, bool oneByteAtATime)
    {
        Stream inner = oneByteAtATime ? new Trickle(bytes) : new MemoryStream(bytes);
        using var guard = new XmlPartGuard(inner, "xl/part.xml", "book.xlsx", new XlsxReadOptions { MaxXmlDepth = depth, MaxXmlTokenBytes = tokenBytes });
        var buffer = new byte[4096];
        while (guard.Read(buffer, 0, buffer.Length) > 0)
        {
        }
        return guard.Depth;
    }

    /// <summary>A stream that gives one byte a read, so that every unit and token is split across reads.</summary>
    private sealed class Trickle(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(1, buffer.Length)]);

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(1, count));
    }
}
