namespace FineTune.Pipeline.Config;

/// <summary>
/// Marks a nullable setting whose yaml value may be the word <c>auto</c>, which binds to null
/// ("let the provider decide"), as in the OpenAI hyperparameters.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class AllowsAutoAttribute : Attribute
{
}
