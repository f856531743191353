using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DevPlan.Core.Spreadsheets.Internal;

/// <summary>The colours a status cell is filled with: a calm green for met, amber for at risk, red for missed, grey for no verdict.</summary>
internal enum StatusColour
{
    Met,
    OnTrack,
    AtRisk,
    Missed,
    None,
}

/// <summary>
/// The cell styles a written workbook uses, made once as one stylesheet: plain numbers, percentages
/// and percentage points with 0 to 10 fixed decimals (so that a figure shows as published: 7.0
/// stays 7.0), the header, the title, wrapped text, and the status colours.
/// </summary>
internal sealed class WorkbookStyles
{
    public const int MaxDecimals = 10;
    private const int Plain = 0, Header = 1, Title = 2, Wrap = 3, FirstNumber = 4;
    private const int FirstPercent = FirstNumber + MaxDecimals + 1, FirstPoints = FirstPercent + MaxDecimals + 1, FirstStatus = FirstPoints + MaxDecimals + 1;

    private readonly string _pointsSuffix;

    public WorkbookStyles(string pointsSuffix) => _pointsSuffix = pointsSuffix;

    public static uint Default => Plain;

    public static uint HeaderStyle => Header;

    public static uint TitleStyle => Title;

    public static uint WrapStyle => Wrap;

    /// <summary>A number showing exactly its own decimals (up to 10; more show as General would).</summary>
    public static uint Number(int decimals) => (uint)(FirstNumber + Math.Min(decimals, MaxDecimals));

    /// <summary>A fraction shown as a percentage with <paramref name="decimals"/> decimals.</summary>
    public static uint Percent(int decimals) => (uint)(FirstPercent + Math.Min(decimals, MaxDecimals));

    /// <summary>Percentage points, with the language's suffix (pp, 个百分点).</summary>
    public static uint Points(int decimals) => (uint)(FirstPoints + Math.Min(decimals, MaxDecimals));

    public static uint Status(StatusColour colour) => (uint)(FirstStatus + (int)colour);

    public Stylesheet Build()
    {
        var formats = new NumberingFormats();
        uint id = 164;
        var numberIds = new List<uint>();
        var percentIds = new List<uint>();
        var pointsIds = new List<uint>();
        for (var d = 0; d <= MaxDecimals; d++)
        {
            var digits = d == 0 ? "0" : "0." + new string('0', d);
            formats.Append(new NumberingFormat { NumberFormatId = id, FormatCode = digits });
            numberIds.Add(id++);
            formats.Append(new NumberingFormat { NumberFormatId = id, FormatCode = digits + "%" });
            percentIds.Add(id++);
            formats.Append(new NumberingFormat { NumberFormatId = id, FormatCode = digits + "\"" + _pointsSuffix.Replace("\"", "", StringComparison.Ordinal) + "\"" });
            pointsIds.Add(id++);
        }
        formats.Count = (uint)formats.ChildElements.Count;

        var fonts = new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "Calibri" }))
        { Count = 3 };
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FFE7E6E6"),
            Solid("FFC6EFCE"), // met
            Solid("FFE2F0D9"), // on track
            Solid("FFFFEB9C"), // at risk
            Solid("FFFFC7CE"), // missed
            Solid("FFEDEDED")) // no verdict
        { Count = 8 };
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder { Style = BorderStyleValues.Thin, Color = new Color { Rgb = "FF808080" } }, new DiagonalBorder()))
        { Count = 2 };
        var xfs = new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0 },
            new CellFormat { FontId = 1, FillId = 2, BorderId = 1, ApplyFont = true, ApplyFill = true, ApplyBorder = true, Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top } },
            new CellFormat { FontId = 2, ApplyFont = true },
            new CellFormat { ApplyAlignment = true, Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top } });
        foreach (var ids in (List<uint>[])[numberIds, percentIds, pointsIds])
        {
            foreach (var formatId in ids)
            {
                xfs.Append(new CellFormat { NumberFormatId = formatId, ApplyNumberFormat = true });
            }
        }
        foreach (var fill in (uint[])[3, 4, 5, 6, 7])
        {
            xfs.Append(new CellFormat { FillId = fill, ApplyFill = true });
        }
        xfs.Count = (uint)xfs.ChildElements.Count;
        return new Stylesheet(formats, fonts, fills, borders,
            new CellStyleFormats(new CellFormat()) { Count = 1 },
            xfs,
            new CellStyles(new DocumentFormat.OpenXml.Spreadsheet.CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static Fill Solid(string argb) =>
        new(new PatternFill(new ForegroundColor { Rgb = HexBinaryValue.FromString(argb) }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });
}
