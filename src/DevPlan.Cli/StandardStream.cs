using System.Text;

namespace DevPlan.Cli;

/// <summary>
/// A standard stream as the tool writes to it. Standard output that cannot be written (closed with
/// <c>&gt;&amp;-</c>, a full disk) raises <see cref="StandardStreamException"/>, so that the error names
/// standard output rather than a file; standard error that cannot be written is ignored, so that the
/// exit code still reports what happened.
/// </summary>
internal sealed class StandardStream(TextWriter inner, string name, bool required) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765 // the base setter accepts null; so does the inner writer's
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    public override void Write(char value) => Guard(() => inner.Write(value));

    public override void Write(string? value) => Guard(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    public override void WriteLine(string? value) => Guard(() => inner.WriteLine(value));

    public override void Flush() => Guard(inner.Flush);

    private void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            if (required)
            {
                throw new StandardStreamException(name, e);
            }
        }
    }
}

/// <summary>Standard output could not be written.</summary>
internal sealed class StandardStreamException(string name, Exception inner) : IOException($"cannot write to {name} (it is closed, full or broken): {inner.Message}", inner);
