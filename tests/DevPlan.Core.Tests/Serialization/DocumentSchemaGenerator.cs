using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using DevPlan.Core.Periods;
using DevPlan.Core.Serialization;
using DevPlan.Core.Text;
using DevPlan.Core.Units;
using NodaTime;

namespace DevPlan.Core.Tests.Serialization;

/// <summary>
/// Makes the published JSON Schema of a document from its wire types: each object's members, their
/// order and which are required come from the source-generated metadata (what is read and written),
/// enum values from the converters, and what a type cannot say from the members' <c>[Schema]</c>
/// annotations. The grammars of the values written as text (codes, periods, units, dates, texts by
/// language) are the vocabulary below, defined once under <c>$defs</c> and referred to.
/// </summary>
internal static class DocumentSchemaGenerator
{
    /// <summary>The value grammars, in the order they are defined; each is included when a document uses it.</summary>
    private static readonly (string Name, string Schema)[] Vocabulary =
    [
        ("code", """{"type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", "description": "A code: 1 to 64 ASCII letters, digits, '-', '_' or '.', starting with a letter or digit."}"""),
        ("localizedText", """{"type": "object", "description": "A text by BCP 47 language tag; zh-CN and en are required.", "required": ["zh-CN", "en"], "propertyNames": {"pattern": "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"}, "additionalProperties": {"type": "string", "minLength": 1, "pattern": "\\S"}}"""),
        ("period", """{"type": "string", "pattern": "^(000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})(-S[12]|-Q[1-4]|-M(0[1-9]|1[0-2])|-YTD-M(0[1-9]|1[0-2])|/[0-9]{4})?$", "description": "A reporting period: 2024, 2024-S1, 2024-Q2, 2024-M06, 2024-YTD-M06 (January to June, cumulative), or 2021/2025 (a span of 2 to 15 years)."}"""),
        ("date", """{"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}"""),
        ("unit", """{"type": "string", "description": "A unit: 10^8 CNY, 10^4 person, percent, 1 (an index), 10^8 jin, 10^-4 tce/CNY, a code the plan declares; or a Chinese form such as 亿元, 万吨, 亿斤, 万亩.", "anyOf": [{"pattern": "^(10\\^-?[0-9]{1,2}( [A-Za-z0-9][A-Za-z0-9/_-]{0,31})?|[A-Za-z0-9][A-Za-z0-9/_-]{0,31}|%)$"}, {"pattern": "^(万亿|千万|百万|十万|亿|万|千|百|十)?(元|美元|欧元|港元|日元|人|吨标准煤|吨标煤|斤|公斤|千克|吨|亩|公顷|平方公里|平方千米|千瓦|兆瓦|件|个|家|岁)$"}]}"""),
        ("quantity", """{"type": "object", "required": ["value", "unit"], "additionalProperties": false, "properties": {"value": {"type": "number"}, "unit": {"$ref": "#/$defs/unit"}}}"""),
        ("zoneCode", """{"oneOf": [{"$ref": "#/$defs/code"}, {"type": "null"}]}"""),
        ("codes", """{"type": "array", "items": {"$ref": "#/$defs/code"}}"""),
        ("texts", """{"type": "array", "items": {"$ref": "#/$defs/localizedText"}}"""),
    ];

    /// <summary>The further form of a unit in a document read with its plan's units: the name of a unit the plan declares.</summary>
    private const string UnitByName = """{"minLength": 1, "maxLength": 64, "description": "A unit the plan declares, by its Chinese name with a magnitude (万件/万人) or its English name."}""";

    /// <summary>The definition each value type written as text refers to.</summary>
    private static readonly Dictionary<Type, string> ValueTypes = new()
    {
        [typeof(LocalizedText)] = "localizedText",
        [typeof(ReportingPeriod)] = "period",
        [typeof(LocalDate)] = "date",
        [typeof(Unit)] = "unit",
        [typeof(Quantity)] = "quantity",
        [typeof(List<string>)] = "codes",
        [typeof(List<LocalizedText>)] = "texts",
    };

    /// <summary>The schema of a document, as the committed file holds it (indented, one line feed at the end).</summary>
    /// <param name="document">The document's wire type (its <c>[Schema]</c> gives the id, title and description).</param>
    /// <param name="describe">The metadata of a wire type; <see cref="WireDescription.Of"/> for the library's.</param>
    public static string Generate(Type document, Func<Type, JsonTypeInfo> describe)
    {
        var about = document.GetCustomAttribute<SchemaAttribute>();
        if (about is not { Id: not null, Title: not null, Description: not null })
        {
            throw new InvalidOperationException($"{document.Name} needs a [Schema] with the document's id, title and description.");
        }
        var generator = new Generation(describe, about.UnitsByName);
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = about.Id,
            ["title"] = about.Title,
            ["description"] = about.Description,
        };
        foreach (var (key, value) in generator.Object(document))
        {
            schema[key] = value?.DeepClone();
        }
        schema["$defs"] = generator.Definitions();
        return schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n") + "\n";
    }

    /// <param name="unitsByName">Whether the document's units may also be names a plan declares (<see cref="UnitByName"/>).</param>
    private sealed class Generation(Func<Type, JsonTypeInfo> describe, bool unitsByName)
    {
        private readonly List<string> _used = [];
        private readonly Dictionary<string, JsonNode> _objects = new(StringComparer.Ordinal);

        public JsonObject Object(Type wire)
        {
            var info = describe(wire);
            var about = wire.GetCustomAttribute<SchemaAttribute>();
            var members = info.Properties.Where(p => !p.IsExtensionData).ToList();
            var schema = new JsonObject { ["type"] = "object" };
            var required = members.Where(p => p.IsRequired).Select(p => (JsonNode)p.Name).ToArray();
            if (required.Length > 0)
            {
                schema["required"] = new JsonArray(required);
            }
            var properties = new JsonObject();
            foreach (var member in members)
            {
                properties[member.Name] = Member(wire, member);
            }
            schema["properties"] = properties;
            if (about?.Rule is { } rule)
            {
                foreach (var (key, value) in JsonNode.Parse(rule)!.AsObject())
                {
                    CheckNames(wire, value!, members);
                    Add(wire, schema, key, value!.DeepClone());
                }
            }
            if (about?.FiguresFollowKind == true)
            {
                foreach (var (key, value) in FiguresFollowingKind(wire, members))
                {
                    Add(wire, schema, key, value);
                }
            }
            if (about?.Description is { } description)
            {
                Add(wire, schema, "description", description);
            }
            return schema;
        }

        /// <summary>Adds a keyword an annotation gives; one the types already gave (or another annotation) is refused, never replaced.</summary>
        private static void Add(Type wire, JsonObject schema, string key, JsonNode value)
        {
            if (schema.ContainsKey(key))
            {
                throw new InvalidOperationException($"The annotations of {wire.Name} give \"{key}\" again: a rule adds to what the members say, it does not replace it.");
            }
            schema[key] = value;
        }

        public JsonObject Definitions()
        {
            var definitions = new JsonObject();
            // The vocabulary a document uses (and what that refers to), then its objects in the order first used.
            var pending = new Queue<string>(_used);
            var vocabulary = Vocabulary.ToDictionary(v => v.Name, v => JsonNode.Parse(v.Schema)!);
            if (unitsByName)
            {
                vocabulary["unit"]["anyOf"]!.AsArray().Insert(0, JsonNode.Parse(UnitByName));
            }
            var needed = new HashSet<string>(StringComparer.Ordinal);
            while (pending.TryDequeue(out var name))
            {
                if (needed.Add(name))
                {
                    var node = vocabulary.TryGetValue(name, out var value) ? value : _objects[name];
                    foreach (var reference in References(node))
                    {
                        pending.Enqueue(reference);
                    }
                }
            }
            foreach (var (name, _) in Vocabulary.Where(v => needed.Contains(v.Name)))
            {
                definitions[name] = vocabulary[name];
            }
            foreach (var name in _used.Where(_objects.ContainsKey))
            {
                definitions[name] = _objects[name].DeepClone();
            }
            return definitions;
        }

        private JsonNode Member(Type wire, JsonPropertyInfo member)
        {
            var about = Property(wire, member).GetCustomAttribute<SchemaAttribute>();
            var schema = Schema(member, about);
            if (about?.Description is { } description)
            {
                schema["description"] = description;
            }
            return schema;
        }

        private JsonObject Schema(JsonPropertyInfo member, SchemaAttribute? about)
        {
            var type = Nullable.GetUnderlyingType(member.PropertyType) ?? member.PropertyType;
            if (about is not null)
            {
                CheckApplies(member, type, about);
            }
            if (about?.Ref is { } named)
            {
                return Ref(named);
            }
            if (type == typeof(int))
            {
                if (about is { Const: not 0 })
                {
                    return new JsonObject { ["const"] = about.Const };
                }
                var integer = new JsonObject { ["type"] = "integer" };
                if (about is { Minimum: not int.MinValue })
                {
                    integer["minimum"] = about.Minimum;
                }
                if (about is { Maximum: not int.MaxValue })
                {
                    integer["maximum"] = about.Maximum;
                }
                return integer;
            }
            if (type == typeof(string))
            {
                if (about is null || (!about.Text && about.Pattern is null))
                {
                    return Ref("code");
                }
                var text = new JsonObject { ["type"] = "string" };
                if (about.Pattern is { } pattern)
                {
                    text["pattern"] = pattern;
                }
                return text;
            }
            if (type == typeof(decimal))
            {
                return new JsonObject { ["type"] = "number" };
            }
            if (type == typeof(bool))
            {
                return new JsonObject { ["type"] = "boolean" };
            }
            if (type.IsEnum)
            {
                var names = WireDescription.EnumNames(member) ?? throw new InvalidOperationException($"{type.Name} has no converter that names its values.");
                return new JsonObject { ["enum"] = new JsonArray([.. names.Select(n => (JsonNode)n)]) };
            }
            if (ValueTypes.TryGetValue(type, out var value))
            {
                return Ref(value);
            }
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) && type.GetGenericArguments()[0].IsSubclassOf(typeof(WireObject)))
            {
                return new JsonObject { ["type"] = "array", ["items"] = ObjectOrRef(type.GetGenericArguments()[0]) };
            }
            if (type.IsSubclassOf(typeof(WireObject)))
            {
                return ObjectOrRef(type);
            }
            throw new InvalidOperationException($"No schema is known for {member.Name} of type {type.Name}: give it a [Schema] or a place in the vocabulary.");
        }

        /// <summary>Refuses an annotation that says nothing for the member's type, rather than drop it unseen.</summary>
        private static void CheckApplies(JsonPropertyInfo member, Type type, SchemaAttribute about)
        {
            var bounded = about.Minimum != int.MinValue || about.Maximum != int.MaxValue;
            string? wrong = about switch
            {
                { Ref: not null } when about.Pattern is not null || about.Text || bounded || about.Const != 0 => "a definition it refers to, and keywords of its own besides",
                _ when type != typeof(int) && (bounded || about.Const != 0) => "bounds or a constant for a member that is no integer",
                _ when about.Const != 0 && bounded => "a constant and bounds at once",
                _ when type != typeof(string) && (about.Pattern is not null || about.Text) => "a pattern or free text for a member that is no string",
                { Definition: not null } or { Rule: not null } or { FiguresFollowKind: true } or { UnitsByName: true } or { Id: not null } or { Title: not null }
                    => "what only an object or a document says",
                _ => null,
            };
            if (wrong is not null)
            {
                throw new InvalidOperationException($"The [Schema] of {member.Name} gives {wrong}: it would be lost.");
            }
        }

        private JsonObject ObjectOrRef(Type wire)
        {
            if (wire.GetCustomAttribute<SchemaAttribute>()?.Definition is not { } name)
            {
                return Object(wire);
            }
            if (!_objects.ContainsKey(name))
            {
                _objects[name] = new JsonObject();   // taken before its members, so that an object may refer to itself
                _objects[name] = Object(wire);
            }
            return Ref(name);
        }

        private JsonObject Ref(string name)
        {
            if (!_used.Contains(name))
            {
                _used.Add(name);
            }
            return new JsonObject { ["$ref"] = "#/$defs/" + name };
        }

        private static PropertyInfo Property(Type wire, JsonPropertyInfo member) =>
            wire.GetProperties().SingleOrDefault(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name) == member.Name)
            ?? throw new InvalidOperationException($"{wire.Name} has no property for the member {member.Name}.");

        /// <summary>value, qualifier, stretch and unit follow the kind: none for a kind without a figure; required otherwise, in percent for a rate.</summary>
        private static IEnumerable<(string, JsonNode)> FiguresFollowingKind(Type wire, List<JsonPropertyInfo> members)
        {
            string[] figures = ["value", "qualifier", "stretch", "unit"];
            if (figures.FirstOrDefault(f => members.All(m => m.Name != f)) is { } missing)
            {
                throw new InvalidOperationException($"{wire.Name}'s figures follow its kind, but it has no member \"{missing}\".");
            }
            var kind = members.Single(m => (Nullable.GetUnderlyingType(m.PropertyType) ?? m.PropertyType) == typeof(TargetKind));
            var names = WireDescription.EnumNames(kind)!;
            var kinds = Enum.GetValues<TargetKind>();
            JsonArray Named(TargetFigure figure) => new([.. kinds.Where(k => TargetKindShapes.FigureOf(k) == figure).Select(k => (JsonNode)names[Array.IndexOf(kinds, k)])]);
            JsonObject When(TargetFigure figure) => new() { ["properties"] = new JsonObject { [kind.Name] = new JsonObject { ["enum"] = Named(figure) } } };
            yield return ("if", When(TargetFigure.None));
            yield return ("then", new JsonObject { ["not"] = new JsonObject { ["anyOf"] = new JsonArray([.. figures.Select(f => (JsonNode)new JsonObject { ["required"] = new JsonArray(f) })]) } });
            var otherwise = When(TargetFigure.Rate);
            yield return ("else", new JsonObject
            {
                ["required"] = new JsonArray("value", "qualifier", "unit"),
                ["if"] = otherwise,
                ["then"] = new JsonObject { ["properties"] = new JsonObject { ["unit"] = new JsonObject { ["enum"] = new JsonArray("percent", "%") } } },
            });
        }

        /// <summary>Every member a rule requires or constrains is one the object has.</summary>
        private static void CheckNames(Type wire, JsonNode rule, List<JsonPropertyInfo> members)
        {
            foreach (var node in Descendants(rule).OfType<JsonObject>())
            {
                var named = (node["required"] as JsonArray)?.Select(r => r!.GetValue<string>()) ?? [];
                named = named.Concat((node["properties"] as JsonObject)?.Select(p => p.Key) ?? []);
                if (named.FirstOrDefault(n => members.All(m => m.Name != n)) is { } unknown)
                {
                    throw new InvalidOperationException($"The rule of {wire.Name} names \"{unknown}\", which it has no member for.");
                }
            }
        }

        private static IEnumerable<string> References(JsonNode node) =>
            Descendants(node).OfType<JsonObject>().Select(o => o["$ref"]?.GetValue<string>()).OfType<string>().Select(r => r["#/$defs/".Length..]);

        private static IEnumerable<JsonNode> Descendants(JsonNode node)
        {
            yield return node;
            IEnumerable<JsonNode?> children = node switch
            {
                JsonObject o => o.Select(p => p.Value),
                JsonArray a => a,
                _ => [],
            };
            foreach (var child in children.OfType<JsonNode>())
            {
                foreach (var descendant in Descendants(child))
                {
                    yield return descendant;
                }
            }
        }
    }
}
