using System.IO.Compression;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Spreadsheets;
using static DevPlan.Formats.Tests.RawWorkbook;

namespace DevPlan.Formats.Tests;

/// <summary>
/// How the parts of a workbook are found without the Open XML SDK: through the package's
/// relationships and the workbook's, their targets resolved as Open Packaging Conventions say
/// (relative or absolute, dot segments, percent-encoding, names in any case); and each way a
/// package can fail to hold a workbook, refused with what is missing.
/// </summary>
public sealed class WorkbookPackageTest
{
    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string Types = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private static readonly string Table = Row(1, Text("A1", "indicator"), Text("B1", "2023"), Text("C1", "measure")) + Row(2, Text("A2", "gdp"), Number("B2", "5.2"), Text("C2", "growth"));

    [Theory]
    [InlineData("worksheets/sheet1.xml")]
    [InlineData("/xl/worksheets/sheet1.xml")]
    [InlineData("./../xl/worksheets/./sheet1.xml")]
    [InlineData("../../../xl/worksheets/sheet1.xml")]
    [InlineData("Worksheets/SHEET1.xml")]
    [InlineData("worksheets/sheet%31.xml")]
    public void A_sheet_is_found_by_its_relationship_however_the_target_is_written(string target)
    {
        var bytes = Create([("Sheet1", Table)], parts: WorkbookRelationships($"<Relationship Id=\"rId1\" Type=\"{Types}worksheet\" Target=\"{target}\"/>"));

        Read(bytes).Should().Be(5.2m);
    }

    [Fact]
    public void Parts_named_in_another_case_or_with_backslashes_and_folder_entries_are_found()
    {
        var bytes = Create([("Sheet1", Table)], parts: new Dictionary<string, Action<Stream>>
        {
            ["xl/worksheets/sheet1.xml"] = _ => { },
        }, extra: zip =>
        {
            zip.CreateEntry("xl/worksheets/");
            Add(zip, "XL\\Worksheets\\Sheet1.XML", $"<worksheet><sheetData>{Table}</sheetData></worksheet>");
        });

        // The override above leaves an empty entry of the same name; a part named twice is refused, whatever its case.
        var twice = () => Read(bytes);
        twice.Should().Throw<DevPlanFormatException>().Which.Message.Should().Contain("holds the part xl/worksheets/sheet1.xml twice");
        var once = Create([("Sheet1", Table)], parts: WorkbookRelationships($"<Relationship Id=\"rId1\" Type=\"{Types}worksheet\" Target=\"sheets/one.xml\"/>"),
            extra: zip =>
            {
                zip.CreateEntry("xl/sheets/");
                Add(zip, "XL\\Sheets\\ONE.XML", $"<worksheet><sheetData>{Table}</sheetData></worksheet>");
            });
        Read(once).Should().Be(5.2m);
    }

    [Fact]
    public void The_main_part_may_be_named_anything_the_package_relates()
    {
        var bytes = Create([("Sheet1", Table)], parts: new Dictionary<string, Action<Stream>>
        {
            ["_rels/.rels"] = s => Write(s, $"<Relationships xmlns=\"{Relationships}\"><Relationship Id=\"a\" Type=\"{Types}extended-properties\" Target=\"docProps/app.xml\"/>"
                + $"<Relationship Id=\"b\" Type=\"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument\" Target=\"/book/main.xml\"/></Relationships>"),
            ["book/main.xml"] = s => Write(s, "<workbook xmlns:r=\"http://purl.oclc.org/ooxml/officeDocument/relationships\"><sheets><sheet name=\"Strict\" r:id=\"s\"/></sheets></workbook>"),
            ["book/_rels/main.xml.rels"] = s => Write(s, $"<Relationships xmlns=\"{Relationships}\"><Relationship Id=\"s\" Type=\"http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet\" Target=\"../xl/worksheets/sheet1.xml\"/></Relationships>"),
        });

        using var reader = (XlsxObservationReader)new XlsxObservationFormat().OpenReader(new MemoryStream(bytes));
        reader.Sheet.Should().Be("Strict");
        reader.ReadObservations().Single().Growth!.Value.Value.Should().Be(5.2m);
    }

    [Theory]
    [InlineData("no-main", "it has no main part (no officeDocument relationship in _rels/.rels)")]
    [InlineData("no-package-relationships", "it has no main part")]
    [InlineData("main-missing", "its main part xl/missing.xml is missing")]
    [InlineData("a-document", "its main part xl/workbook.xml is not a workbook but <document>")]
    [InlineData("no-sheets", "Expected a workbook with at least one sheet, but it has none")]
    [InlineData("no-relationship", "its sheet \"Sheet1\" refers to a relationship \"rId1\" that xl/workbook.xml does not have")]
    [InlineData("chart", "its sheet \"Sheet1\" is not a worksheet (a chart sheet?)")]
    [InlineData("sheet-missing", "the part of its sheet \"Sheet1\" (xl/worksheets/gone.xml) is missing")]
    [InlineData("external", "the part of its sheet \"Sheet1\" (external) is missing")]
    [InlineData("damaged-workbook", "its part xl/workbook.xml is damaged")]
    [InlineData("damaged-relationships", "its part xl/_rels/workbook.xml.rels is damaged")]
    [InlineData("damaged-styles", "its part xl/styles.xml is damaged")]
    [InlineData("damaged-strings", "its part xl/sharedStrings.xml is damaged")]
    public void A_package_that_does_not_hold_a_workbook_is_refused_with_what_is_missing(string damage, string expected)
    {
        var worksheet = $"<Relationship Id=\"rId1\" Type=\"{Types}worksheet\" Target=\"worksheets/sheet1.xml\"/>";
        var parts = damage switch
        {
            "no-main" => new Dictionary<string, Action<Stream>> { ["_rels/.rels"] = s => Write(s, $"<Relationships xmlns=\"{Relationships}\"/>") },
            "main-missing" => new Dictionary<string, Action<Stream>> { ["_rels/.rels"] = s => Write(s, $"<Relationships xmlns=\"{Relationships}\"><Relationship Id=\"m\" Type=\"{Types}officeDocument\" Target=\"xl/missing.xml\"/></Relationships>") },
            "a-document" => new Dictionary<string, Action<Stream>> { ["xl/workbook.xml"] = s => Write(s, "<document><body/></document>") },
            "no-sheets" => new Dictionary<string, Action<Stream>> { ["xl/workbook.xml"] = s => Write(s, "<workbook><sheets/><sheet name=\"stray\"/></workbook>") },
            "no-relationship" => WorkbookRelationships(""),
            "chart" => WorkbookRelationships($"<Relationship Id=\"rId1\" Type=\"{Types}chartsheet\" Target=\"worksheets/sheet1.xml\"/>"),
            "sheet-missing" => WorkbookRelationships($"<Relationship Id=\"rId1\" Type=\"{Types}worksheet\" Target=\"worksheets/gone.xml\"/>"),
            "external" => WorkbookRelationships($"<Relationship Id=\"rId1\" Type=\"{Types}worksheet\" Target=\"https://example.org/sheet1.xml\" TargetMode=\"External\"/>"),
            "damaged-workbook" => new Dictionary<string, Action<Stream>> { ["xl/workbook.xml"] = s => Write(s, "<workbook><sheets><sheet") },
            "damaged-relationships" => WorkbookRelationships(worksheet + "<Relationship"),
            "damaged-styles" => new Dictionary<string, Action<Stream>> { ["xl/styles.xml"] = s => Write(s, "<styleSheet><cellXfs><xf></cellXfs>") },
            "damaged-strings" => new Dictionary<string, Action<Stream>> { ["xl/sharedStrings.xml"] = s => Write(s, "<sst><si><t>a</si>") },
            _ => [],
        };
        var bytes = Create([("Sheet1", Table)], sharedStrings: "", styles: "", parts: damage == "no-package-relationships" ? null : parts);
        if (damage == "no-package-relationships")
        {
            bytes = Without(bytes, "_rels/.rels");
        }

        var read = () => Read(bytes);

        read.Should().Throw<DevPlanFormatException>().Which.Message.Should().Contain(expected).And.Contain("book.xlsx");
    }

    [Fact]
    public void A_relationship_without_an_id_or_type_is_passed_over()
    {
        var bytes = Create([("Sheet1", Table)], parts: WorkbookRelationships($"<Relationship Target=\"x.xml\"/><Relationship Id=\"rId1\" Type=\"{Types}worksheet\" Target=\"worksheets/sheet1.xml\"/>"));

        Read(bytes).Should().Be(5.2m);
    }

    private static Dictionary<string, Action<Stream>> WorkbookRelationships(string relationships) => new()
    {
        ["xl/_rels/workbook.xml.rels"] = s => Write(s, $"<Relationships xmlns=\"{Relationships}\">{relationships}</Relationships>"),
    };

    private static byte[] Without(byte[] package, string entry)
    {
        var buffer = new MemoryStream();
        buffer.Write(package);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(entry)!.Delete();
        }
        return buffer.ToArray();
    }

    private static decimal Read(byte[] bytes)
    {
        using var reader = new XlsxObservationFormat().OpenReader(new MemoryStream(bytes), "book.xlsx");
        return reader.ReadObservations().Single().Growth!.Value.Value;
    }
}
