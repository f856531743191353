using DevPlan.Core.Diagnostics;

namespace DevPlan.Core.Attainment.Kinds;

/// <summary>A problem a kind finds with a target's figure, for validation to report.</summary>
/// <param name="Rule">The rule broken.</param>
/// <param name="Member">The target's JSON member the problem is at (<c>value</c>, <c>unit</c>, <c>qualifier</c>, <c>stretch</c>).</param>
/// <param name="Message">What was expected and what was found.</param>
/// <param name="Hint">How to fix it, or null.</param>
internal readonly record struct FigureProblem(DiagnosticRule Rule, string Member, DiagnosticMessage Message, DiagnosticMessage? Hint = null);
