using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules;

/// <summary>
/// What one diagnostic code means: a row of the README table. <see cref="Code"/> is stable and never reused;
/// its severity can be changed per project under <c>validation.rules</c>.
/// </summary>
/// <param name="Code">Letters then digits, e.g. <c>FT2005</c>.</param>
/// <param name="Title">A short name (snake_case for the cookbook's checks, as the cookbook spells them).</param>
/// <param name="DefaultSeverity">Severity unless overridden.</param>
/// <param name="Description">One line: what the rule finds.</param>
/// <param name="HowToFix">One line: what to change in the data (also appended to each message).</param>
public sealed record RuleDescriptor(string Code, string Title, Severity DefaultSeverity, string Description, string HowToFix);
