using System.IO.Compression;
using System.Text;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Observations;
using DevPlan.Core.Parquet;
using DevPlan.Core.Serialization;
using DevPlan.Core.Spreadsheets;

namespace DevPlan.Formats.Tests;

/// <summary>
/// Workbooks and Parquet files damaged at random, byte by byte and (for workbooks) inside the sheet's
/// XML: reading each either succeeds or throws <see cref="DevPlanFormatException"/>, never
/// anything else, so that the tool never ends in an internal error on a bad file.
/// </summary>
public sealed class DamagedFileTest
{
    private const int Cases = 300;

    public static TheoryData<string> Formats => ["xlsx", "parquet"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_file_with_bytes_flipped_or_cut_is_read_or_refused_with_the_documented_error(string name)
    {
        var (format, good) = Make(name);
        var random = new Random(20261127);
        var refused = 0;
        for (var i = 0; i < Cases; i++)
        {
            var bytes = (byte[])good.Clone();
            switch (random.Next(3))
            {
                case 0:
                    for (var flips = random.Next(1, 8); flips > 0; flips--)
                    {
                        bytes[random.Next(bytes.Length)] ^= (byte)random.Next(1, 256);
                    }
                    break;
                case 1:
                    bytes = bytes[..random.Next(bytes.Length)];
                    break;
                default:
                    var at = random.Next(bytes.Length);
                    bytes = [.. bytes[..at], .. Enumerable.Range(0, random.Next(1, 64)).Select(_ => (byte)random.Next(256)), .. bytes[at..]];
                    break;
            }
            refused += ReadOrRefuse(format, bytes, $"case {i}") ? 1 : 0;
        }
        refused.Should().BePositive("damage must reach the reader for the test to prove anything");
    }

    [Theory]
    [InlineData("xl/worksheets/sheet1.xml", Cases)]
    [InlineData("xl/workbook.xml", Cases / 3)]
    [InlineData("xl/styles.xml", Cases / 3)]
    [InlineData("xl/_rels/workbook.xml.rels", Cases / 3)]
    [InlineData("_rels/.rels", Cases / 3)]
    public void A_workbook_whose_XML_is_damaged_in_any_part_is_read_or_refused_with_the_documented_error(string part, int cases)
    {
        var (format, good) = Make("xlsx");
        var xml = Entry(good, part);
        string[] pieces = ["<", ">", "</c>", "<c r=\"ZZZZZZZZ9\">", "<row r=\"0\">", "t=\"s\"", "<v>x</v>", "&", "<!DOCTYPE x [<!ENTITY e \"e\">]>", "<f>1+1</f>", "\u0001", "r=\"A1048577\"",
            "<x><x><x>", "\"", "<!--", "<![CDATA[", "state=\"hidden\" ", "<xf numFmtId=\"10\"/>", "<sheet name=\"x\"/>", "Target=\"../../x\" ", "\uFEFF"];
        var random = new Random(20261128);
        var refused = 0;
        for (var i = 0; i < cases; i++)
        {
            var at = random.Next(xml.Length);
            var damaged = random.Next(2) == 0
                ? xml[..at] + pieces[random.Next(pieces.Length)] + xml[at..]
                : xml[..at] + xml[Math.Min(xml.Length, at + random.Next(1, 40))..];
            refused += ReadOrRefuse(format, Replace(good, part, damaged), $"{part}, case {i} at {at}") ? 1 : 0;
        }
        refused.Should().BeInRange(1, cases - 1, "some damage is refused and some is read, its problems as diagnostics");
    }

    private static (IObservationFormat Format, byte[] Bytes) Make(string name)
    {
        IObservationFormat format = name == "xlsx" ? new XlsxObservationFormat() : new ParquetObservationFormat();
        var buffer = new MemoryStream();
        format.Write(Seeds.Observations("china-14th-five-year-plan"), buffer);
        return (format, buffer.ToArray());
    }

    /// <summary>Reads a damaged file; true when it was refused, false when it read (its problems as diagnostics).</summary>
    private static bool ReadOrRefuse(IObservationFormat format, byte[] bytes, string because)
    {
        try
        {
            using var reader = format.OpenReader(new MemoryStream(bytes), "damaged");
            _ = reader.ReadAllLenient();
            return false;
        }
        catch (DevPlanFormatException e)
        {
            e.Message.Should().Contain("damaged", because);
            return true;
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"{because}: expected an DevPlanFormatException, but {e.GetType().Name} escaped: {e.Message}", e);
        }
    }

    private static string Entry(byte[] package, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(package));
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    private static byte[] Replace(byte[] package, string name, string text)
    {
        var buffer = new MemoryStream();
        buffer.Write(package);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(name)!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
            writer.Write(text);
        }
        return buffer.ToArray();
    }
}
