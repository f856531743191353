using System.Text;

namespace DevPlan.Cli;

/// <summary>
/// A write-only stream that decodes UTF-8 into a text writer as the bytes arrive, so that a report
/// goes to standard output without being held whole as bytes and again as a string. A character
/// split across two writes is decoded when its last byte arrives.
/// </summary>
internal sealed class TextWriterStream(TextWriter writer) : WriteOnlyStream
{
    private readonly Decoder decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
    private readonly char[] chars = new char[8192];

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            decoder.Convert(buffer, chars, flush: false, out var bytesUsed, out var charsUsed, out _);
            writer.Write(chars, 0, charsUsed);
            buffer = buffer[bytesUsed..];
        }
    }

    public override void Flush()
    {
        decoder.Convert(ReadOnlySpan<byte>.Empty, chars, flush: true, out _, out var charsUsed, out _);
        writer.Write(chars, 0, charsUsed);
        writer.Flush();
    }
}
