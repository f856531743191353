namespace DevPlan.Core.Spreadsheets;

/// <summary>A sheet of a workbook, as the workbook lists it: its name, and whether it is hidden.</summary>
/// <param name="Name">The sheet's name, as its tab shows it.</param>
/// <param name="Hidden">Whether the sheet is hidden (or very hidden): a sheet a reader of the workbook does not see.</param>
public sealed record WorkbookSheet(string Name, bool Hidden)
{
    /// <summary>Returns the name, followed by "(hidden)" for a hidden sheet.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Hidden ? Name + " (hidden)" : Name;
}
