using FineTune.Pipeline.Config;
using NJsonSchema;

namespace FineTune.Pipeline.Tests.Config;

public sealed class RepositoryConfigTests
{
    [Fact]
    public async Task The_repository_s_own_finetune_yaml_loads_without_findings_and_fits_the_schema()
    {
        var path = Path.Combine(RepoFiles.Root, "finetune.yaml");

        var result = ConfigLoader.Load(path, new ConfigLoadOptions { Environment = new Dictionary<string, string>(), TimeProvider = TempProject.QuietClock });

        ConfigAssert.Clean(result);
        var schema = await JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(RepoFiles.SchemaPath));
        Assert.Empty(schema.Validate(YamlToJson.Convert(File.ReadAllText(path))));
    }

    [Fact]
    public void Positions_of_written_keys_are_kept_for_later_diagnostics()
    {
        using var project = new TempProject();

        var config = project.Load("version: 1\ncost:\n  budget_usd: 25\nmodels:\n  qwen:\n    path: ckpt\n").Config!;

        Assert.Equal((3, 15), config.Positions.Of("cost.budget_usd"));
        Assert.Equal((2, 1), config.Positions.Of("cost.warn_usd"));
        Assert.Equal((6, 11), config.Positions.Of("models.qwen.path"));
        Assert.Equal((0, 0), config.Positions.Of("train.base_model"));
        Assert.True(config.Positions.IsWritten("cost.budget_usd"));
        Assert.False(config.Positions.IsWritten("train"));
    }
}
