using System.Diagnostics;

namespace DevPlan.Formats.Tests;

/// <summary>
/// LibreOffice in headless mode, as CI installs it (Debian's <c>libreoffice-calc-nogui</c>):
/// converts a workbook to CSV the way a user's spreadsheet shows it, one file per sheet.
/// </summary>
internal static class LibreOffice
{
    /// <summary>Gets the path of <c>soffice</c>, or null when LibreOffice is not installed.</summary>
    public static string? Path { get; } = new[] { "/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice" }.FirstOrDefault(File.Exists);

    /// <summary>Converts every sheet of a workbook to CSV (UTF-8, cells as shown), by sheet name.</summary>
    public static Dictionary<string, string> ToCsv(byte[] workbook)
    {
        var directory = Directory.CreateTempSubdirectory("devplan-lo-");
        try
        {
            var input = System.IO.Path.Combine(directory.FullName, "book.xlsx");
            File.WriteAllBytes(input, workbook);
            // Tokens: comma, double quote, UTF-8, from line 1, standard cell format, default language, quoted fields not text,
            // no special numbers, cells saved as shown, no formulas, spaces kept, every sheet (-1).
            var start = new ProcessStartInfo(Path!)
            {
                ArgumentList =
                {
                    "-env:UserInstallation=file://" + System.IO.Path.Combine(directory.FullName, "profile"),
                    "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,false,true,false,false,-1",
                    "--outdir", directory.FullName, input,
                },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("LibreOffice did not convert the workbook within 2 minutes.");
            }
            var sheets = Directory.GetFiles(directory.FullName, "book-*.csv")
                .ToDictionary(f => System.IO.Path.GetFileNameWithoutExtension(f)["book-".Length..], File.ReadAllText);
            if (process.ExitCode != 0 || sheets.Count == 0)
            {
                throw new InvalidOperationException($"LibreOffice exited with {process.ExitCode} and wrote no CSV: {output.Result} {error.Result}");
            }
            return sheets;
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
