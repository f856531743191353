using System.IO.Compression;
using System.Xml.Linq;
using DevPlan.Core.Reporting;
using DevPlan.Core.Spreadsheets;
using DevPlan.Core.Spreadsheets.Internal;

namespace DevPlan.Formats.Tests;

/// <summary>
/// The package of every written workbook has the form Excel gives it, checked part by part: relative
/// part names in the relationships, unprefixed SpreadsheetML, every part's content type declared,
/// and the document properties.
/// </summary>
public sealed class WorkbookPackageFormTest
{
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly XNamespace Types = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static TheoryData<string> Workbooks() => ["report.en", "report.zh", "observations"];

    private static ZipArchive Written(string which)
    {
        var buffer = new MemoryStream();
        if (which == "observations")
        {
            new XlsxObservationFormat().Write(Seeds.Observations("china-14th-five-year-plan"), buffer);
        }
        else
        {
            new XlsxReportFormat().Write(Seeds.Report("jinan-high-tech-zone-2024", which == "report.zh" ? Catalogue.Chinese : Catalogue.English), buffer);
        }
        return new ZipArchive(new MemoryStream(buffer.ToArray()), ZipArchiveMode.Read);
    }

    private static XDocument Part(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }

    [Theory]
    [MemberData(nameof(Workbooks))]
    public void Relationships_name_their_parts_relative_to_the_part_that_names_them(string which)
    {
        using var zip = Written(which);

        var package = Part(zip, "_rels/.rels").Root!.Elements(Relationships + "Relationship").Select(r => (string)r.Attribute("Target")!).ToList();
        var workbook = Part(zip, "xl/_rels/workbook.xml.rels").Root!.Elements(Relationships + "Relationship").Select(r => (string)r.Attribute("Target")!).ToList();

        package.Should().BeEquivalentTo(["xl/workbook.xml", "docProps/core.xml", "docProps/app.xml"]);
        workbook.Should().Contain("styles.xml").And.Contain("worksheets/sheet1.xml").And.OnlyContain(t => !t.StartsWith('/'));
        foreach (var target in workbook)
        {
            zip.GetEntry("xl/" + target).Should().NotBeNull($"{target} resolves from xl/ to a part");
        }
    }

    [Theory]
    [MemberData(nameof(Workbooks))]
    public void Every_part_is_unprefixed_and_has_its_content_type(string which)
    {
        using var zip = Written(which);

        var overrides = Part(zip, "[Content_Types].xml").Root!.Elements(Types + "Override")
            .ToDictionary(o => (string)o.Attribute("PartName")!, o => (string)o.Attribute("ContentType")!);

        overrides["/xl/workbook.xml"].Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
        overrides["/xl/styles.xml"].Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
        overrides["/docProps/core.xml"].Should().Be("application/vnd.openxmlformats-package.core-properties+xml");
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) && e.FullName != "[Content_Types].xml"))
        {
            overrides.Should().ContainKey("/" + entry.FullName);
        }
        foreach (var name in (string[])["xl/workbook.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml"])
        {
            var root = Part(zip, name).Root!;
            root.Name.Namespace.Should().Be(Main);
            root.GetPrefixOfNamespace(Main).Should().BeNull($"{name} declares SpreadsheetML as its default namespace, as Excel writes it");
        }
    }

    [Fact]
    public void The_document_properties_give_the_title_creator_and_date_written()
    {
        var report = Seeds.Report("jinan-high-tech-zone-2024", Catalogue.Chinese);
        using var zip = Written("report.zh");

        var core = Part(zip, "docProps/core.xml").Root!;
        XNamespace dc = "http://purl.org/dc/elements/1.1/", terms = "http://purl.org/dc/terms/";

        core.Element(dc + "title")!.Value.Should().Be(report.Title);
        core.Element(dc + "creator")!.Value.Should().Be("DevPlan.Core");
        DateTimeOffset.Parse(core.Element(terms + "created")!.Value, System.Globalization.CultureInfo.InvariantCulture)
            .Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1), "it is the time the workbook was written, to the second");
    }

    [Theory]
    [InlineData("", "xl/workbook.xml", "xl/workbook.xml")]
    [InlineData("xl/workbook.xml", "xl/worksheets/sheet1.xml", "worksheets/sheet1.xml")]
    [InlineData("xl/workbook.xml", "xl/styles.xml", "styles.xml")]
    [InlineData("xl/workbook.xml", "docProps/core.xml", "/docProps/core.xml")]
    [InlineData("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "sheet2.xml")]
    public void A_target_is_named_from_the_folder_of_its_source(string source, string target, string expected) =>
        PackageWriter.Relative(source, target).Should().Be(expected);

    [Fact]
    public void A_workbook_goes_to_an_output_that_cannot_seek_as_it_is_made()
    {
        var seekable = new MemoryStream();
        var pipe = new WriteOnlyPipe();
        var report = Seeds.Report("jinan-high-tech-zone-2024", Catalogue.English);

        new XlsxReportFormat().Write(report, seekable);
        new XlsxReportFormat().Write(report, pipe);

        XlsxWriterTest.ReadSheets(pipe.ToArray()).Keys.Should().Equal(XlsxWriterTest.ReadSheets(seekable.ToArray()).Keys);
    }

    private sealed class WriteOnlyPipe : MemoryStream
    {
        public override bool CanSeek => false;

        public override bool CanRead => false;

        public override long Position { get => base.Position; set => throw new NotSupportedException("a pipe cannot seek"); }

        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException("a pipe cannot seek");
    }
}
