namespace DevPlan.Cli;

/// <summary>
/// Passes bytes on to another stream but holds back line feeds until something else follows them,
/// so that the line feeds a report ends with are left out: reports are then joined with separators
/// of their own, as they are written.
/// </summary>
internal sealed class TrimmedEndStream(Stream inner) : WriteOnlyStream
{
    private static readonly byte[] LineFeeds = "\n\n\n\n\n\n\n\n"u8.ToArray();
    private long heldLineFeeds;

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var last = buffer.LastIndexOfAnyExcept((byte)'\n');
        if (last < 0)
        {
            heldLineFeeds += buffer.Length;
            return;
        }
        for (; heldLineFeeds > 0; heldLineFeeds -= Math.Min(heldLineFeeds, LineFeeds.Length))
        {
            inner.Write(LineFeeds, 0, (int)Math.Min(heldLineFeeds, LineFeeds.Length));
        }
        inner.Write(buffer[..(last + 1)]);
        heldLineFeeds = buffer.Length - last - 1;
    }

    /// <summary>Flushes what has been passed on; the line feeds held back stay held.</summary>
    public override void Flush() => inner.Flush();
}
