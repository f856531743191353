using System.Globalization;

namespace DevPlan.Core.Spreadsheets.Internal;

/// <summary>Cell references as workbooks write them: column letters (A, Z, AA, XFD) and a row number, on a sheet.</summary>
internal static class CellReference
{
    private static readonly string[] Common = [.. Enumerable.Range(0, 703).Select(Compute)];

    /// <summary>The letters of a 1-based column: 1 is A, 27 is AA.</summary>
    public static string Letters(int column) => column >= 0 && column < Common.Length ? Common[column] : Compute(column);

    private static string Compute(int column)
    {
        Span<char> buffer = stackalloc char[8];
        var i = buffer.Length;
        while (column > 0)
        {
            column--;
            buffer[--i] = (char)('A' + (column % 26));
            column /= 26;
        }
        return new string(buffer[i..]);
    }

    /// <summary>Reads the column of a reference such as <c>C7</c>: 1 to 7 letters, then the row's digits; false for anything else.</summary>
    public static bool TryColumn(ReadOnlySpan<char> reference, out long column)
    {
        column = 0;
        var i = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]) && i < 7)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            i++;
        }
        var letters = i;
        while (i < reference.Length && char.IsAsciiDigit(reference[i]))
        {
            i++;
        }
        return letters > 0 && i > letters && i == reference.Length;
    }

    /// <summary>A cell on a sheet, as Excel writes it: <c>Sheet1!C7</c>, <c>'Zone figures'!C7</c>.</summary>
    public static string OnSheet(string sheet, int column, long row) =>
        string.Create(CultureInfo.InvariantCulture, $"{Quote(sheet)}!{Letters(column)}{row}");

    /// <summary>A whole row on a sheet: <c>Sheet1!7:7</c>.</summary>
    public static string RowOnSheet(string sheet, long row) =>
        string.Create(CultureInfo.InvariantCulture, $"{Quote(sheet)}!{row}:{row}");

    public static string Quote(string name) =>
        name.All(char.IsLetterOrDigit) ? name : "'" + name.Replace("'", "''", StringComparison.Ordinal) + "'";
}
