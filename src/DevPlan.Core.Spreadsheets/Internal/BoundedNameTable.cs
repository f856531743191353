using System.Globalization;
using System.Xml;
using DevPlan.Core.Diagnostics;

namespace DevPlan.Core.Spreadsheets.Internal;

/// <summary>
/// The names an <see cref="XmlReader"/> keeps while it reads one part (element and attribute names,
/// prefixes, namespaces), at most <see cref="XlsxReadOptions.MaxXmlNames"/> of them: a reader keeps
/// every distinct name it meets, so a part of millions of made-up names would otherwise fill memory.
/// </summary>
internal sealed class BoundedNameTable(string part, string? sourceName, int limit) : XmlNameTable
{
    private readonly NameTable _names = new();
    private int _count;

    public override string Add(char[] array, int offset, int length) => _names.Get(array, offset, length) ?? Counted(_names.Add(array, offset, length));

    public override string Add(string array) => _names.Get(array) ?? Counted(_names.Add(array));

    public override string? Get(char[] array, int offset, int length) => _names.Get(array, offset, length);

    public override string? Get(string array) => _names.Get(array);

    private string Counted(string name)
    {
        if (++_count > limit)
        {
            throw new DevPlanFormatException($"Expected at most {limit} distinct names of elements, attributes and namespaces in a part (XlsxReadOptions.MaxXmlNames), but the part {part} uses more: it may be built to exhaust the reader.",
                new DiagnosticLocation(sourceName));
        }
        return name;
    }
}
