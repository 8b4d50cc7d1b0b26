using FineTune.Pipeline.Config;
using FineTune.Pipeline.Config.Schema;
using NJsonSchema;

namespace FineTune.Pipeline.Tests.Config;

public sealed class ConfigSchemaTests
{
    private static string SamplePath => Path.Combine(RepoFiles.Root, "tests", "FineTune.Pipeline.Tests", "Config", "Samples", "finetune.full.yaml");

    [Fact]
    public void Schema_committed_at_the_repository_root_matches_the_config_types()
    {
        var generated = ConfigSchema.GenerateJson();
        var received = Path.ChangeExtension(RepoFiles.SchemaPath, ".received.json");
        if (RepoFiles.Updating)
        {
            File.WriteAllText(RepoFiles.SchemaPath, generated);
            File.Delete(received);
            return;
        }

        var committed = File.Exists(RepoFiles.SchemaPath) ? File.ReadAllText(RepoFiles.SchemaPath).ReplaceLineEndings("\n") : string.Empty;
        if (committed != generated)
        {
            File.WriteAllText(received, generated);
            Assert.Fail($"finetune.schema.json is stale: the config types changed. The new schema is in {received}. Regenerate with: UPDATE_SCHEMA=1 dotnet test --filter Schema");
        }

        File.Delete(received);
    }

    [Fact]
    public void Schema_accepts_the_full_sample_and_the_loader_accepts_it_too()
    {
        var yaml = File.ReadAllText(SamplePath);
        var errors = Committed().Validate(YamlToJson.Convert(yaml));

        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
        using var project = new TempProject();
        Directory.CreateDirectory(Path.Combine(project.Dir, "checkpoints", "qwen2-0.5b"));
        ConfigAssert.Clean(project.Load(yaml));
    }

    [Theory]
    [InlineData("trian:\n  epochs: 3\n", "NoAdditionalPropertiesAllowed")]
    [InlineData("train:\n  base_modle: x\n", "NoAdditionalPropertiesAllowed")]
    [InlineData("train:\n  epochs: three\n", "NotAnyOf")]
    [InlineData("train:\n  epochs: 0\n", "NotAnyOf")]
    [InlineData("train:\n  provider: opnai\n", "NotInEnumeration")]
    [InlineData("data:\n  eval_split:\n    fraction: 0\n", "NumberTooSmall")]
    [InlineData("data:\n  format: jsonl\n", "NotInEnumeration")]
    [InlineData("validation:\n  rules:\n    FT3004: warn\n", "NotInEnumeration")]
    [InlineData("cost:\n  budget_usd: -1\n", "NumberTooSmall")]
    [InlineData("models:\n  m:\n    pth: x\n", "NoAdditionalPropertiesAllowed")]
    public void Schema_rejects_what_the_loader_rejects(string yaml, string kind)
    {
        var errors = Committed().Validate(YamlToJson.Convert(yaml));

        Assert.Contains(kind, Flatten(errors).Select(e => e.Kind.ToString()));
    }

    [Theory]
    [InlineData("train:\n  epochs: auto\n  batch_size: 4\n  learning_rate_multiplier: auto\n")]
    [InlineData("$schema: ./finetune.schema.json\nversion: 1\n")]
    [InlineData("train:\n  epochs: ~\n")]
    public void Schema_accepts_auto_null_and_the_schema_key(string yaml)
    {
        Assert.Empty(Committed().Validate(YamlToJson.Convert(yaml)));
    }

    [Fact]
    public void Schema_describes_keys_in_snake_case_with_defaults()
    {
        var train = Committed().Properties["train"].ActualTypeSchema;

        Assert.Contains("learning_rate_multiplier", train.Properties.Keys);
        Assert.Equal("openai", train.Properties["provider"].Default);
        Assert.False(string.IsNullOrWhiteSpace(train.Properties["base_model"].Description));
        Assert.False(train.AllowAdditionalProperties);
    }

    private static JsonSchema Committed() => JsonSchema.FromJsonAsync(File.ReadAllText(RepoFiles.SchemaPath)).GetAwaiter().GetResult();

    private static IEnumerable<NJsonSchema.Validation.ValidationError> Flatten(IEnumerable<NJsonSchema.Validation.ValidationError> errors) =>
        errors.SelectMany(e => e switch
        {
            NJsonSchema.Validation.ChildSchemaValidationError child => Flatten(child.Errors.SelectMany(x => x.Value)).Prepend(e),
            NJsonSchema.Validation.MultiTypeValidationError multi => Flatten(multi.Errors.SelectMany(x => x.Value)).Prepend(e),
            _ => [e],
        });
}
