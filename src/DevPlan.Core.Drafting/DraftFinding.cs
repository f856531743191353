using DevPlan.Core.Diagnostics;

namespace DevPlan.Core.Drafting;

/// <summary>
/// Something the drafting reader could not do, quoting the text it is about: a reviewer reads the
/// findings beside the draft, and nothing the reader did not understand was drafted.
/// </summary>
/// <param name="Kind">What the finding is about.</param>
/// <param name="MessageText">What was expected and what was found: its English template and the values it names, which a catalogue words in its language (<c>Catalogue.Word</c>).</param>
/// <param name="Source">The text it is about (a clause, a sentence), with its position.</param>
public sealed record DraftFinding(DraftFindingKind Kind, DiagnosticMessage MessageText, SourceSpan Source)
{
    /// <summary>Gets what was expected and what was found, in English.</summary>
    public string Message => MessageText.ToString();

    /// <summary>Returns the position, the message and the quoted text: <c>line 2, column 7: unknown clause: … "重点控制化石能源消费"</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"line {Source.Line}, column {Source.Column}: {Message} \"{Source.Text}\"";
}
