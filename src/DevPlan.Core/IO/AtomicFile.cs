using System.Diagnostics;
using System.Globalization;

namespace DevPlan.Core.IO;

/// <summary>
/// Writes files so that an interrupted write never leaves half a file: the content goes to a
/// temporary file beside the target, which then replaces it by a rename. What a user would expect
/// of <c>--output</c> holds too:
/// <list type="bullet">
/// <item>a symbolic link is followed: the file it points to is replaced, and the link stays;</item>
/// <item>a special file (a terminal, a pipe, <c>/dev/stdout</c>, anything under <c>/dev</c> or
/// <c>/proc</c>) is written directly, never replaced by a regular file;</item>
/// <item>the replaced file's permissions are kept (a 0600 plan stays 0600);</item>
/// <item>temporary files are named <c>.{name}.{process id}.{random}.devplan-tmp</c>, and those of the
/// same target left by a process that no longer runs (killed mid-write) are deleted.</item>
/// </list>
/// Ownership is not carried over: a file replaced by another user becomes that user's.
/// The tool compiles this same file in as its own (internal) type: it writes its reports and drafts the way
/// <c>PlanJson.WriteFile</c> writes a plan, through the public API only.
/// </summary>
internal static class AtomicFile
{
    private const string Suffix = ".devplan-tmp";

    /// <summary>Writes a file atomically (see the remarks on <see cref="AtomicFile"/>).</summary>
    /// <param name="path">The file to write; its directory must exist.</param>
    /// <param name="write">Writes the content to the stream it is given.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or names a directory.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file or its directory may not be written.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        var target = Resolve(path);
        if (IsSpecial(Path.GetFullPath(path)) || IsSpecial(target))
        {
            // As a shell's ">" would: truncate a regular file behind /dev/stdout, write a device or pipe as it is.
            using var direct = new FileStream(path, FileMode.Create, FileAccess.Write);
            write(direct);
            return;
        }
        if (TryOpenUnseekable(target) is { } unseekable)
        {
            using (unseekable)
            {
                write(unseekable);
            }
            return;
        }
        var directory = Path.GetDirectoryName(target)!;
        var name = Path.GetFileName(target);
        RemoveStaleTemporaries(directory, name);
        var temporary = Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $".{name}.{Environment.ProcessId}.{Guid.NewGuid():N}{Suffix}"));
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            if (!OperatingSystem.IsWindows() && File.Exists(target))
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
            }
            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Writes bytes to a file atomically (see the remarks on <see cref="AtomicFile"/>).</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="bytes">The content.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or names a directory.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file or its directory may not be written.</exception>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var copy = bytes.ToArray();
        Write(path, stream => stream.Write(copy));
    }

    /// <summary>The full path of the file that writing <paramref name="path"/> should change: the final target of a link.</summary>
    private static string Resolve(string path)
    {
        if (path.Length == 0)
        {
            throw new ArgumentException("Expected a file path, but it is empty.", nameof(path));
        }
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new ArgumentException($"Expected a file to write, but \"{path}\" is a directory.", nameof(path));
        }
        var link = File.Exists(full) || new FileInfo(full).LinkTarget is not null ? File.ResolveLinkTarget(full, returnFinalTarget: true) : null;
        return link?.FullName ?? full;
    }

    /// <summary>Devices and process files, and links to pipes or sockets (<c>/proc/self/fd/1</c> to <c>pipe:[123]</c>).</summary>
    private static bool IsSpecial(string target) =>
        !OperatingSystem.IsWindows()
        && (target.StartsWith("/dev/", StringComparison.Ordinal) || target.StartsWith("/proc/", StringComparison.Ordinal)
            || Path.GetFileName(target).Contains(":[", StringComparison.Ordinal));

    /// <summary>An existing file that cannot seek (a FIFO, a terminal) opened for writing, or null for a regular file.</summary>
    private static FileStream? TryOpenUnseekable(string target)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(target))
        {
            return null;
        }
        FileStream stream;
        try
        {
            stream = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 1);
        }
        catch (UnauthorizedAccessException)
        {
            return null; // a read-only regular file: the rename replaces it, as before
        }
        if (stream.CanSeek)
        {
            stream.Dispose();
            return null;
        }
        return stream;
    }

    /// <summary>Deletes the temporary files of this target left by processes that no longer run.</summary>
    private static void RemoveStaleTemporaries(string directory, string name)
    {
        var prefix = "." + name + ".";
        IEnumerable<string> candidates;
        try
        {
            candidates = Directory.EnumerateFiles(directory, prefix + "*" + Suffix);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }
        foreach (var candidate in candidates)
        {
            var middle = Path.GetFileName(candidate).AsSpan(prefix.Length);
            var dot = middle.IndexOf('.');
            if (dot > 0 && int.TryParse(middle[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && !IsRunning(pid))
            {
                try
                {
                    File.Delete(candidate);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Another process may be cleaning up the same file; it is not ours to insist on.
                }
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
