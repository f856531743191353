namespace DevPlan.Core.Drafting.Grammar;

/// <summary>
/// Reads the subject of a clause: one indicator name, or several coordinated by 、和与及 (or side by
/// side, 外贸外资), where the parts may share a head (城镇和农村居民人均可支配收入: 城镇 and 农村 share
/// 居民人均可支配收入), share a beginning (单位国内生产总值能耗和二氧化碳排放: the second shares 单位国内生产总值),
/// or be 城乡 (城镇 and 农村). Every part must come out as a name of the catalogue; otherwise there is no subject.
/// </summary>
internal static class SubjectReader
{
    /// <summary>The most parts of a coordination read.</summary>
    private const int MaxParts = 8;

    /// <summary>Reads the subjects at the reader's position, or returns false leaving the position.</summary>
    public static bool TryRead(ClauseReader reader, Lexicon lexicon, List<CatalogueEntry> subjects)
    {
        var start = reader.Position;
        var found = new List<CatalogueEntry>();
        string? previous;
        if (reader.Take(Words.TownAndCountry))
        {
            if (!TryTownAndCountry(reader, lexicon, found, out previous))
            {
                reader.Position = start;
                return false;
            }
        }
        else if (lexicon.LongestAt(reader.Text, reader.Position) is { } first)
        {
            previous = reader.Text.Substring(reader.Position, first.Length);
            reader.Position += first.Length;
            found.Add(first.Entry);
        }
        else if (!TrySharedHead(reader, lexicon, found, out previous))
        {
            reader.Position = start;
            return false;
        }
        while (found.Count < MaxParts)
        {
            var before = reader.Position;
            var joined = reader.TakeAny(Words.SubjectJoins) is not null;
            if (lexicon.LongestAt(reader.Text, reader.Position) is { } next)
            {
                previous = reader.Text.Substring(reader.Position, next.Length);
                reader.Position += next.Length;
                found.Add(next.Entry);
            }
            else if (joined && TrySharedBeginning(reader, lexicon, previous!, out var tail))
            {
                found.Add(tail);
            }
            else
            {
                // The join, if any, belongs to what follows (居民收入增长和经济增长同步).
                reader.Position = before;
                break;
            }
        }
        subjects.AddRange(found);
        return true;
    }

    /// <summary>城乡X: 城镇X and 农村X, both names.</summary>
    private static bool TryTownAndCountry(ClauseReader reader, Lexicon lexicon, List<CatalogueEntry> found, out string? last)
    {
        last = null;
        for (var length = Math.Min(lexicon.LongestName, reader.Text.Length - reader.Position); length > 0; length--)
        {
            var head = reader.Text.Substring(reader.Position, length);
            var parts = Words.TownAndCountryParts.Select(p => lexicon.Exact(p + head)).ToList();
            if (parts.All(p => p is not null))
            {
                found.AddRange(parts!);
                reader.Position += length;
                last = Words.TownAndCountryParts[^1] + head;
                return true;
            }
        }
        return false;
    }

    /// <summary>A、B和C+H where C+H is a name and A+H, B+H are names too (常住和户籍人口城镇化率).</summary>
    private static bool TrySharedHead(ClauseReader reader, Lexicon lexicon, List<CatalogueEntry> found, out string? last)
    {
        last = null;
        var fragments = new List<string>();
        while (fragments.Count < MaxParts)
        {
            var start = reader.Position;
            while (!reader.AtEnd && Words.SubjectJoins.LongestFirst.All(j => !reader.Sees(j)))
            {
                reader.Position++;
            }
            if (reader.Position == start || reader.TakeAny(Words.SubjectJoins) is null)
            {
                return false;
            }
            fragments.Add(reader.Text[start..(reader.Position - 1)]);
            if (lexicon.LongestAt(reader.Text, reader.Position) is { } name)
            {
                var full = reader.Text.Substring(reader.Position, name.Length);
                foreach (var fragment in fragments)
                {
                    if (Headed(fragment, full, lexicon) is not { } entry)
                    {
                        return false;
                    }
                    found.Add(entry);
                }
                found.Add(name.Entry);
                reader.Position += name.Length;
                last = full;
                return true;
            }
        }
        return false;
    }

    /// <summary>The name made of <paramref name="fragment"/> and the longest end of <paramref name="full"/> that makes one.</summary>
    private static CatalogueEntry? Headed(string fragment, string full, Lexicon lexicon)
    {
        for (var cut = 1; cut < full.Length; cut++)
        {
            if (lexicon.Exact(fragment + full[cut..]) is { } entry)
            {
                return entry;
            }
        }
        return null;
    }

    /// <summary>After a name P+X and a join, a tail T such that P+T is a name (单位国内生产总值能耗和二氧化碳排放), longest T first.</summary>
    private static bool TrySharedBeginning(ClauseReader reader, Lexicon lexicon, string previous, out CatalogueEntry entry)
    {
        entry = null!;
        for (var length = Math.Min(lexicon.LongestName, reader.Text.Length - reader.Position); length > 0; length--)
        {
            var tail = reader.Text.Substring(reader.Position, length);
            for (var keep = previous.Length - 1; keep > 0; keep--)
            {
                if (lexicon.Exact(previous[..keep] + tail) is { } found)
                {
                    entry = found;
                    reader.Position += length;
                    return true;
                }
            }
        }
        return false;
    }
}
