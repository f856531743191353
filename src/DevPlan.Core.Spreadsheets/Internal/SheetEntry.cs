namespace DevPlan.Core.Spreadsheets.Internal;

/// <summary>A sheet as the workbook part lists it: its name, whether it is hidden, and the id of the relationship to its part.</summary>
internal sealed record SheetEntry(string Name, bool Hidden, string? RelationshipId);
