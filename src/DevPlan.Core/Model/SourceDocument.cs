using DevPlan.Core.Internal;
using DevPlan.Core.Text;
using NodaTime;

namespace DevPlan.Core;

/// <summary>A document a plan's data is drawn from or refers to.</summary>
public sealed class SourceDocument
{
    /// <summary>Creates a document reference.</summary>
    /// <param name="title">The document's title.</param>
    /// <param name="kind">The kind of document.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public SourceDocument(LocalizedText title, DocumentKind kind)
    {
        Title = Preconditions.CheckNotNull(title);
        Kind = Preconditions.CheckDefined(kind);
    }

    /// <summary>Gets the document's title.</summary>
    public LocalizedText Title { get; }

    /// <summary>Gets the kind of document.</summary>
    public DocumentKind Kind { get; }

    /// <summary>Gets the date of the document or of the event it reports, if known.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>Gets where it can be found (an address or an archive reference), if known.</summary>
    public string? Location { get; init; }

    /// <summary>Returns the English title.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Title.En;
}
