namespace DevPlan.Core.Internal;

/// <summary>
/// Interns text to small integers, looking up from a span without allocating: a code seen before
/// costs a hash lookup, a new one allocates its string once.
/// </summary>
internal sealed class CodeTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly CharKeyed<int> _byspan;
    private readonly List<string> _codes = [];

    public CodeTable() => _byspan = new(_ids);

    public int Count => _codes.Count;

    private string _last = "";
    private int _lastId = -1;

    public int Intern(ReadOnlySpan<char> code)
    {
        // Rows of one file repeat their codes: a one-entry cache spares the hash most of the time.
        if (_lastId >= 0 && code.SequenceEqual(_last))
        {
            return _lastId;
        }
        if (!_byspan.TryGetValue(code, out var id))
        {
            var text = code.ToString();
            id = _codes.Count;
            _ids.Add(text, id);
            _codes.Add(text);
        }
        _last = _codes[id];
        _lastId = id;
        return id;
    }

    public int Intern(string code)
    {
        if (_ids.TryGetValue(code, out var id))
        {
            return id;
        }
        id = _codes.Count;
        _ids.Add(code, id);
        _codes.Add(code);
        return id;
    }

    public bool TryFind(string code, out int id) => _ids.TryGetValue(code, out id);

    public bool TryFind(ReadOnlySpan<char> code, out int id) => _byspan.TryGetValue(code, out id);

    public string this[int id] => _codes[id];

    public string[] ToArray() => [.. _codes];
}
