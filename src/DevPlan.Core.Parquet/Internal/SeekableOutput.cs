namespace DevPlan.Core.Parquet.Internal;

/// <summary>
/// A Parquet file is finished by writing its footer after the data; an output that cannot seek (a
/// pipe) receives a copy of a temporary file once the file is complete.
/// </summary>
internal static class SeekableOutput
{
    public static async Task WriteAsync(Stream output, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        if (output.CanSeek)
        {
            await write(output).ConfigureAwait(false);
            return;
        }
        var temporary = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await using (temporary.ConfigureAwait(false))
        {
            await write(temporary).ConfigureAwait(false);
            temporary.Position = 0;
            await temporary.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Runs Parquet.Net's asynchronous API from a synchronous member: it does not capture a synchronization context.</summary>
    public static void Wait(Task task) => task.GetAwaiter().GetResult();
}
