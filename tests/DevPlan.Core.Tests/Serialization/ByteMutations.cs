using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace DevPlan.Core.Tests.Serialization;

/// <summary>FsCheck generators that damage a valid file a little: most of it stays valid, so readers are tested near their happy path.</summary>
internal static class ByteMutations
{
    private static readonly byte[] InvalidUtf8Starts = [0x80, 0xC0, 0xC3, 0xE0, 0xE2, 0xF8, 0xFF];

    /// <summary>
    /// Truncations, byte flips, deletions of up to 40 bytes, insertions of <paramref name="insertions"/>
    /// and of bytes that cannot start UTF-8, plus any format-specific <paramref name="more"/>.
    /// </summary>
    public static Gen<byte[]> Of(byte[] valid, string[] insertions, params Gen<byte[]>[] more)
    {
        var positions = Positions(valid);
        var truncate = positions.Select(p => valid[..p]);
        var flip = from p in positions from b in Gen.Choose(0, 255) select Splice(valid, p, 1, [(byte)b]);
        var delete = from p in positions from n in Gen.Choose(1, 40) select Splice(valid, p, Math.Min(n, valid.Length - p), []);
        var insert = from p in positions from text in Gen.Elements(insertions) select Splice(valid, p, 0, Encoding.UTF8.GetBytes(text));
        var invalidUtf8 = from p in positions from b in Gen.Elements(InvalidUtf8Starts) select Splice(valid, p, 0, [b]);
        return Gen.OneOf([truncate, flip, delete, insert, invalidUtf8, .. more]);
    }

    public static Gen<int> Positions(byte[] valid) => Gen.Choose(0, valid.Length - 1);

    public static byte[] Splice(byte[] source, int at, int count, byte[] with) => [.. source.AsSpan(0, at), .. with, .. source.AsSpan(at + count)];
}
