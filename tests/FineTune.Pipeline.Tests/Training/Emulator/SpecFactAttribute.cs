namespace FineTune.Pipeline.Tests.Training.Emulator;

/// <summary>A fact that is skipped, with the reason, when the OpenAI OpenAPI spec is not on this machine.</summary>
internal sealed class SpecFactAttribute : FactAttribute
{
    public SpecFactAttribute()
    {
        if (OpenApiSpec.Path is null)
        {
            Skip = "shared/data/openai-openapi.yaml (the official OpenAI OpenAPI spec) was not found beside the repository " +
                "or any parent folder, and OPENAI_OPENAPI_SPEC is not set: the emulator's conformance checks cannot run.";
        }
    }
}
