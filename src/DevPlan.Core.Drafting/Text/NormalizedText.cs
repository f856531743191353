namespace DevPlan.Core.Drafting.Text;

/// <summary>
/// The source text as the grammar reads it: full-width letters, digits and punctuation (Ｆ, ９, ％, ，, ：)
/// as their ASCII forms, and without white space (the line breaks and spaces that web and PDF copies put
/// inside sentences) or control and format characters. Each character remembers its offset in the
/// source, so that every drafted element and finding quotes the source as written.
/// </summary>
internal sealed class NormalizedText
{
    private readonly int[] _lineStarts;

    private NormalizedText(string source, char[] chars, int[] origin, int length, int ignored, int firstIgnored, int[] lineStarts)
    {
        Source = source;
        Chars = chars;
        Origin = origin;
        Length = length;
        IgnoredCount = ignored;
        FirstIgnored = firstIgnored;
        _lineStarts = lineStarts;
    }

    /// <summary>Gets the source text as given.</summary>
    public string Source { get; }

    /// <summary>Gets the normalised characters (the first <see cref="Length"/>).</summary>
    public char[] Chars { get; }

    /// <summary>Gets, for each normalised character, its offset in the source.</summary>
    public int[] Origin { get; }

    /// <summary>Gets the number of normalised characters.</summary>
    public int Length { get; }

    /// <summary>Gets the number of control and format characters left out (white space is not counted).</summary>
    public int IgnoredCount { get; }

    /// <summary>Gets the source offset of the first control or format character left out, or -1.</summary>
    public int FirstIgnored { get; }

    public static NormalizedText Create(string source)
    {
        var chars = new char[source.Length];
        var origin = new int[source.Length];
        var lineStarts = new List<int> { 0 };
        var (length, ignored, firstIgnored) = (0, 0, -1);
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '\n')
            {
                lineStarts.Add(i + 1);
            }
            if (char.IsWhiteSpace(c))
            {
                continue;
            }
            if (char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            {
                ignored++;
                firstIgnored = firstIgnored < 0 ? i : firstIgnored;
                continue;
            }
            chars[length] = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            origin[length++] = i;
        }
        return new NormalizedText(source, chars, origin, length, ignored, firstIgnored, [.. lineStarts]);
    }

    /// <summary>The normalised characters from <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive).</summary>
    public string Slice(int start, int end) => new(Chars, start, end - start);

    /// <summary>The source span of the normalised characters from <paramref name="start"/> to <paramref name="end"/>, as written (white space inside included).</summary>
    public SourceSpan Span(int start, int end)
    {
        if (end <= start)
        {
            return SourceAt(start < Length ? Origin[start] : Source.Length, 0);
        }
        var from = Origin[start];
        return SourceAt(from, Origin[end - 1] + 1 - from);
    }

    /// <summary>The source span of <paramref name="length"/> characters from the source offset <paramref name="offset"/>.</summary>
    public SourceSpan SourceAt(int offset, int length)
    {
        var line = Array.BinarySearch(_lineStarts, offset);
        line = line >= 0 ? line : ~line - 1;
        return new SourceSpan(offset, length, line + 1, offset - _lineStarts[line] + 1, Source.Substring(offset, length));
    }
}
