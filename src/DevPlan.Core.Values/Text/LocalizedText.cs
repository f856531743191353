using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using DevPlan.Core.Internal;

namespace DevPlan.Core.Text;

/// <summary>
/// An immutable text in several languages, keyed by BCP 47 language tag. Every instance carries
/// at least Simplified Chinese (<c>zh-CN</c>) and English (<c>en</c>); other languages may be added.
/// </summary>
/// <remarks>
/// <para>
/// Lookup falls back in a defined order (see <see cref="Get(string)"/>): the exact tag, then each
/// shorter prefix of the tag, then any tag of the same language, then English, then Chinese.
/// Tags are compared case-insensitively and kept as given; the order of entries is kept, so that a
/// document round-trips unchanged.
/// </para>
/// <para>Two texts are equal when they hold the same tags (ignoring case and order) with the same text.</para>
/// </remarks>
public sealed class LocalizedText : IEquatable<LocalizedText>, IReadOnlyList<KeyValuePair<string, string>>
{
    /// <summary>The tag of Simplified Chinese as used in mainland China, which every text carries.</summary>
    public const string Chinese = "zh-CN";

    /// <summary>The tag of English, which every text carries.</summary>
    public const string English = "en";

    private readonly ImmutableArray<KeyValuePair<string, string>> _entries;

    /// <summary>Creates a text with its Chinese and English forms.</summary>
    /// <param name="zhCN">The Simplified Chinese text; not blank.</param>
    /// <param name="en">The English text; not blank.</param>
    /// <exception cref="ArgumentNullException">Either text is null.</exception>
    /// <exception cref="ArgumentException">Either text is blank.</exception>
    public LocalizedText(string zhCN, string en)
    {
        Preconditions.CheckNotBlank(zhCN);
        Preconditions.CheckNotBlank(en);
        _entries = [new(Chinese, zhCN), new(English, en)];
    }

    private LocalizedText(ImmutableArray<KeyValuePair<string, string>> entries) => _entries = entries;

    /// <summary>
    /// Creates a text from tagged entries, in the order given. The entries must include
    /// <c>zh-CN</c> and <c>en</c>, and no tag may appear twice (ignoring case).
    /// </summary>
    /// <param name="entries">Pairs of BCP 47 tag and non-blank text.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    /// <exception cref="ArgumentException">A tag is malformed or repeated, a text is blank, or <c>zh-CN</c> or <c>en</c> is missing.</exception>
    public static LocalizedText FromEntries(IEnumerable<KeyValuePair<string, string>> entries)
    {
        Preconditions.CheckNotNull(entries);
        var builder = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();
        foreach (var (tag, text) in entries)
        {
            if (!IsLanguageTag(tag))
            {
                throw new Internal.WordedArgumentException($"Expected a BCP 47 language tag such as \"zh-CN\" or \"en\", but found \"{Preconditions.Truncate(tag ?? "")}\".", nameof(entries));
            }
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new Internal.WordedArgumentException($"Expected non-blank text for language \"{tag}\".", nameof(entries));
            }
            foreach (var existing in builder)
            {
                if (string.Equals(existing.Key, tag, StringComparison.OrdinalIgnoreCase))
                {
                    throw new Internal.WordedArgumentException($"Language \"{tag}\" appears more than once.", nameof(entries));
                }
            }
            builder.Add(new(tag, text));
        }
        var result = new LocalizedText(builder.ToImmutable());
        if (result.FindExact(Chinese) is null || result.FindExact(English) is null)
        {
            throw new Internal.WordedArgumentException($"Expected both \"{Chinese}\" and \"{English}\" texts, but found only: {string.Join(", ", builder.Select(e => e.Key))}.", nameof(entries));
        }
        return result;
    }

    /// <summary>Gets the Simplified Chinese text.</summary>
    public string ZhCN => FindExact(Chinese)!;

    /// <summary>Gets the English text.</summary>
    public string En => FindExact(English)!;

    /// <summary>Gets the number of languages held.</summary>
    public int Count => _entries.Length;

    /// <summary>Gets the entry at <paramref name="index"/>, in the order the entries were given.</summary>
    /// <param name="index">The zero-based position.</param>
    public KeyValuePair<string, string> this[int index] => _entries[index];

    /// <summary>
    /// Gets the text for a language tag, falling back in this order: the exact tag; each shorter
    /// prefix of the tag (<c>zh-Hans-CN</c>, <c>zh-Hans</c>, <c>zh</c>); the first entry of the same
    /// language (<c>zh</c> finds <c>zh-CN</c>); English; Chinese.
    /// </summary>
    /// <param name="languageTag">A BCP 47 tag; an empty tag (the invariant culture) gives English.</param>
    /// <returns>The best text for that language; never null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="languageTag"/> is null.</exception>
    public string Get(string languageTag)
    {
        Preconditions.CheckNotNull(languageTag);
        var tag = languageTag.AsSpan();
        while (tag.Length > 0)
        {
            if (FindExact(tag) is { } exact)
            {
                return exact;
            }
            var dash = tag.LastIndexOf('-');
            if (dash < 0)
            {
                break;
            }
            tag = tag[..dash];
        }
        if (tag.Length > 0)
        {
            foreach (var (key, text) in _entries)
            {
                if (key.Length > tag.Length && key[tag.Length] == '-' && key.AsSpan(0, tag.Length).Equals(tag, StringComparison.OrdinalIgnoreCase))
                {
                    return text;
                }
            }
        }
        return En;
    }

    /// <summary>Gets the text for a culture, with the fallback of <see cref="Get(string)"/>.</summary>
    /// <param name="culture">The culture; its <see cref="CultureInfo.Name"/> is used.</param>
    /// <returns>The best text for that culture.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string Get(CultureInfo culture) => Get(Preconditions.CheckNotNull(culture).Name);

    /// <summary>Returns a text with <paramref name="text"/> for <paramref name="languageTag"/> added or replaced.</summary>
    /// <param name="languageTag">A BCP 47 tag.</param>
    /// <param name="text">The non-blank text.</param>
    /// <returns>A new text; this instance is unchanged.</returns>
    /// <exception cref="ArgumentException">The tag is malformed or the text blank.</exception>
    public LocalizedText With(string languageTag, string text)
    {
        Preconditions.CheckNotNull(languageTag);
        Preconditions.CheckNotBlank(text);
        var replaced = false;
        var entries = _entries.Select(e =>
        {
            if (string.Equals(e.Key, languageTag, StringComparison.OrdinalIgnoreCase))
            {
                replaced = true;
                return new KeyValuePair<string, string>(e.Key, text);
            }
            return e;
        }).ToList();
        if (!replaced)
        {
            entries.Add(new(languageTag, text));
        }
        return FromEntries(entries);
    }

    /// <summary>Returns the English text.</summary>
    /// <returns>The English text.</returns>
    public override string ToString() => En;

    /// <inheritdoc />
    public bool Equals(LocalizedText? other)
    {
        if (other is null || other.Count != Count)
        {
            return false;
        }
        foreach (var (key, text) in _entries)
        {
            if (!string.Equals(other.FindExact(key), text, StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = 0;
        foreach (var (key, text) in _entries)
        {
            hash ^= HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(key), StringComparer.Ordinal.GetHashCode(text));
        }
        return hash;
    }

    /// <summary>Compares two texts for equality.</summary>
    /// <param name="left">The first text.</param>
    /// <param name="right">The second text.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(LocalizedText? left, LocalizedText? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two texts for inequality.</summary>
    /// <param name="left">The first text.</param>
    /// <param name="right">The second text.</param>
    /// <returns>True when the texts differ.</returns>
    public static bool operator !=(LocalizedText? left, LocalizedText? right) => !(left == right);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, string>>)_entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private string? FindExact(ReadOnlySpan<char> tag)
    {
        foreach (var (key, text) in _entries)
        {
            if (key.AsSpan().Equals(tag, StringComparison.OrdinalIgnoreCase))
            {
                return text;
            }
        }
        return null;
    }

    /// <summary>A light syntax check of a BCP 47 tag: subtags of 1 to 8 letters or digits, the first 2 to 8 letters.</summary>
    private static bool IsLanguageTag(string? tag)
    {
        if (string.IsNullOrEmpty(tag) || tag.Length > 35)
        {
            return false;
        }
        var first = true;
        foreach (var part in tag.Split('-'))
        {
            if (part.Length is 0 or > 8 || (first && (part.Length < 2 || !part.All(char.IsAsciiLetter))) || !part.All(char.IsAsciiLetterOrDigit))
            {
                return false;
            }
            first = false;
        }
        return true;
    }
}
