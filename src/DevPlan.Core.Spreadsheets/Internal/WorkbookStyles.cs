using System.Globalization;
using System.Xml;

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
/// stays 7.0), the header, the title, wrapped text, the status colours, and dates.
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

    /// <summary>A date, shown as ISO 8601 writes it (2024-01-17).</summary>
    public static uint DateStyle => FirstStatus + (uint)StatusColour.None + 1;

    /// <summary>Writes the stylesheet part (unprefixed SpreadsheetML, as Excel writes it).</summary>
    public void Write(XmlWriter xml)
    {
        const string Main = WorkbookWriter.Main;
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("styleSheet", Main);

        uint id = 164;
        var codes = new List<(uint Id, string Code)>();
        var numberIds = new List<uint>();
        var percentIds = new List<uint>();
        var pointsIds = new List<uint>();
        for (var d = 0; d <= MaxDecimals; d++)
        {
            var digits = d == 0 ? "0" : "0." + new string('0', d);
            codes.Add((id, digits));
            numberIds.Add(id++);
            codes.Add((id, digits + "%"));
            percentIds.Add(id++);
            codes.Add((id, digits + "\"" + _pointsSuffix.Replace("\"", "", StringComparison.Ordinal) + "\""));
            pointsIds.Add(id++);
        }
        var dateId = id;
        codes.Add((dateId, "yyyy-mm-dd"));
        Start(xml, "numFmts", codes.Count);
        foreach (var (formatId, code) in codes)
        {
            xml.WriteStartElement("numFmt", Main);
            xml.WriteAttributeString("numFmtId", formatId.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("formatCode", code);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();

        Start(xml, "fonts", 3);
        Font(xml, bold: false, 11);
        Font(xml, bold: true, 11);
        Font(xml, bold: true, 14);
        xml.WriteEndElement();

        string[] solids = ["FFE7E6E6", "FFC6EFCE", "FFE2F0D9", "FFFFEB9C", "FFFFC7CE", "FFEDEDED"]; // header, met, on track, at risk, missed, no verdict
        Start(xml, "fills", 2 + solids.Length);
        Pattern(xml, "none", null);
        Pattern(xml, "gray125", null);
        foreach (var argb in solids)
        {
            Pattern(xml, "solid", argb);
        }
        xml.WriteEndElement();

        Start(xml, "borders", 2);
        Border(xml, bottom: false);
        Border(xml, bottom: true);
        xml.WriteEndElement();

        Start(xml, "cellStyleXfs", 1);
        Xf(xml, numberFormat: 0, font: 0, fill: 0, border: 0, wrap: false);
        xml.WriteEndElement();

        var xfs = new List<(uint NumberFormat, uint Font, uint Fill, uint Border, bool Wrap)>
        {
            (0, 0, 0, 0, false), // plain
            (0, 1, 2, 1, true),  // header
            (0, 2, 0, 0, false), // title
            (0, 0, 0, 0, true),  // wrapped
        };
        foreach (var ids in (List<uint>[])[numberIds, percentIds, pointsIds])
        {
            xfs.AddRange(ids.Select(formatId => (formatId, 0u, 0u, 0u, false)));
        }
        xfs.AddRange(((uint[])[3, 4, 5, 6, 7]).Select(fill => (0u, 0u, fill, 0u, false)));
        xfs.Add((dateId, 0, 0, 0, false));
        Start(xml, "cellXfs", xfs.Count);
        foreach (var (numberFormat, font, fill, border, wrap) in xfs)
        {
            Xf(xml, numberFormat, font, fill, border, wrap);
        }
        xml.WriteEndElement();

        Start(xml, "cellStyles", 1);
        xml.WriteStartElement("cellStyle", Main);
        xml.WriteAttributeString("name", "Normal");
        xml.WriteAttributeString("xfId", "0");
        xml.WriteAttributeString("builtinId", "0");
        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Start(XmlWriter xml, string name, int count)
    {
        xml.WriteStartElement(name, WorkbookWriter.Main);
        xml.WriteAttributeString("count", count.ToString(CultureInfo.InvariantCulture));
    }

    private static void Font(XmlWriter xml, bool bold, int size)
    {
        xml.WriteStartElement("font", WorkbookWriter.Main);
        if (bold)
        {
            xml.WriteElementString("b", WorkbookWriter.Main, null);
        }
        Valued(xml, "sz", size.ToString(CultureInfo.InvariantCulture));
        Valued(xml, "name", "Calibri");
        xml.WriteEndElement();
    }

    private static void Valued(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement(name, WorkbookWriter.Main);
        xml.WriteAttributeString("val", value);
        xml.WriteEndElement();
    }

    private static void Pattern(XmlWriter xml, string type, string? argb)
    {
        xml.WriteStartElement("fill", WorkbookWriter.Main);
        xml.WriteStartElement("patternFill", WorkbookWriter.Main);
        xml.WriteAttributeString("patternType", type);
        if (argb is not null)
        {
            xml.WriteStartElement("fgColor", WorkbookWriter.Main);
            xml.WriteAttributeString("rgb", argb);
            xml.WriteEndElement();
            xml.WriteStartElement("bgColor", WorkbookWriter.Main);
            xml.WriteAttributeString("indexed", "64");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Border(XmlWriter xml, bool bottom)
    {
        xml.WriteStartElement("border", WorkbookWriter.Main);
        foreach (var side in (ReadOnlySpan<string>)["left", "right", "top", "bottom", "diagonal"])
        {
            xml.WriteStartElement(side, WorkbookWriter.Main);
            if (bottom && side == "bottom")
            {
                xml.WriteAttributeString("style", "thin");
                xml.WriteStartElement("color", WorkbookWriter.Main);
                xml.WriteAttributeString("rgb", "FF808080");
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void Xf(XmlWriter xml, uint numberFormat, uint font, uint fill, uint border, bool wrap)
    {
        xml.WriteStartElement("xf", WorkbookWriter.Main);
        xml.WriteAttributeString("numFmtId", numberFormat.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("fontId", font.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("fillId", fill.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("borderId", border.ToString(CultureInfo.InvariantCulture));
        if (numberFormat != 0)
        {
            xml.WriteAttributeString("applyNumberFormat", "1");
        }
        if (font != 0)
        {
            xml.WriteAttributeString("applyFont", "1");
        }
        if (fill != 0)
        {
            xml.WriteAttributeString("applyFill", "1");
        }
        if (border != 0)
        {
            xml.WriteAttributeString("applyBorder", "1");
        }
        if (wrap)
        {
            xml.WriteAttributeString("applyAlignment", "1");
            xml.WriteStartElement("alignment", WorkbookWriter.Main);
            xml.WriteAttributeString("vertical", "top");
            xml.WriteAttributeString("wrapText", "1");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }
}
