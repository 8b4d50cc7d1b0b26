using System.Text;
using FineTune.Pipeline.Config;

namespace FineTune.Pipeline.Tests.Config;

public sealed class PathResolutionTests : IDisposable
{
    private readonly TempProject _project = new(withTrainData: false);

    public void Dispose() => _project.Dispose();

    private ConfigLoadResult LoadFile(string relativePath, IReadOnlyDictionary<string, string>? environment = null) =>
        ConfigLoader.Load(Path.Combine(_project.Dir, relativePath), new ConfigLoadOptions
        {
            Environment = environment ?? new Dictionary<string, string>(),
            TimeProvider = TempProject.QuietClock,
        });

    [Fact]
    public void Paths_resolve_against_the_folder_of_the_yaml_not_the_working_directory()
    {
        _project.Write("ml/data/train.jsonl", "{}\n");
        _project.Write("ml/data/eval.jsonl", "{}\n");
        _project.Write("ml/finetune.yaml", "data:\n  train: data/train.jsonl\n  eval: ./data/../data/eval.jsonl\nreports:\n  dir: out\n");

        var result = LoadFile("ml/finetune.yaml");

        ConfigAssert.Clean(result);
        var ml = Path.Combine(_project.Dir, "ml");
        Assert.Equal(Path.Combine(ml, "data", "train.jsonl"), result.Config!.Data.Train);
        Assert.Equal(Path.Combine(ml, "data", "eval.jsonl"), result.Config.Data.Eval);
        Assert.Equal(Path.Combine(ml, "out"), result.Config.Reports.Dir);
        Assert.Equal(Path.Combine(ml, "artifacts", "finetune", "adapter"), result.Config.Train.Lora.OutputDir);
        Assert.Equal(ml, result.Config.BaseDirectory);
        Assert.Equal(Path.Combine(ml, "finetune.yaml"), result.Config.SourcePath);
    }

    [Fact]
    public void An_absolute_data_path_is_kept()
    {
        var train = _project.Write("elsewhere/train.jsonl", "{}\n");
        _project.Write("finetune.yaml", $"data:\n  train: {train}\n");

        Assert.Equal(train, LoadFile("finetune.yaml").Config!.Data.Train);
    }

    [Fact]
    public void A_missing_training_file_names_the_resolved_path_at_the_key_line()
    {
        var yaml = _project.Write("finetune.yaml", "version: 1\ndata:\n  train: data/trian.jsonl\n");

        var d = ConfigAssert.Single(LoadFile("finetune.yaml"), ConfigCodes.DataFileNotFound, 3, 10);

        Assert.Equal(yaml, d.File);
        ConfigAssert.Contains(Path.Combine(_project.Dir, "data", "trian.jsonl"), d);
        ConfigAssert.Contains("`data.train`", d);
    }

    [Fact]
    public void A_missing_eval_file_is_reported_too()
    {
        _project.Write("data/train.jsonl", "{}\n");
        _project.Write("finetune.yaml", "data:\n  eval: data/eval.jsonl\n");

        ConfigAssert.Single(LoadFile("finetune.yaml"), ConfigCodes.DataFileNotFound, 2, 9);
    }

    [Fact]
    public void A_missing_default_training_file_is_reported_for_the_whole_file()
    {
        _project.Write("finetune.yaml", "version: 1\n");

        var d = ConfigAssert.Single(LoadFile("finetune.yaml"), ConfigCodes.DataFileNotFound, 0, 0);

        ConfigAssert.Contains("`data.train` is not set", d);
    }

    [Fact]
    public void A_folder_given_as_training_data_is_reported()
    {
        Directory.CreateDirectory(Path.Combine(_project.Dir, "data"));
        _project.Write("finetune.yaml", "data:\n  train: data\n");

        var d = ConfigAssert.Single(LoadFile("finetune.yaml"), ConfigCodes.DataFileNotFound, 2, 10);

        ConfigAssert.Contains("points at a folder", d);
    }

    [Fact]
    public void Diagnostics_name_the_yaml_as_the_caller_wrote_it()
    {
        _project.Write("finetune.yaml", "train:\n  epochs: x\n");
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(_project.Dir);
        try
        {
            var result = ConfigLoader.Load("finetune.yaml", new ConfigLoadOptions { Environment = new Dictionary<string, string>(), TimeProvider = TempProject.QuietClock });

            Assert.All(result.Diagnostics, d => Assert.Equal("finetune.yaml", d.File));
            Assert.Equal("finetune.yaml(2,11): error FT0011: `train.epochs` expects an integer or `auto`, got `x`.", result.Diagnostics.Single(d => d.Code == ConfigCodes.WrongType).ToCanonicalString());
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
    }

    [Fact]
    public void A_missing_yaml_file_names_the_path_and_suggests_dash_c()
    {
        var result = ConfigLoader.Load(Path.Combine(_project.Dir, "finetune.yaml"));

        var d = ConfigAssert.Single(result, ConfigCodes.FileNotFound, 0, 0);
        ConfigAssert.Contains(Path.Combine(_project.Dir, "finetune.yaml"), d);
        ConfigAssert.Contains("-c path/to/finetune.yaml", d);
        Assert.Null(result.Config);
    }

    [Fact]
    public void A_folder_passed_as_the_yaml_is_reported()
    {
        var d = ConfigAssert.Single(ConfigLoader.Load(_project.Dir), ConfigCodes.FileNotFound, 0, 0);

        ConfigAssert.Contains("is a folder", d);
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_accepted()
    {
        _project.Write("data/train.jsonl", "{}\n");
        File.WriteAllText(Path.Combine(_project.Dir, "finetune.yaml"), "version: 1\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        ConfigAssert.Clean(LoadFile("finetune.yaml"));
    }

    [Fact]
    public void A_utf16_file_is_reported_with_the_fix()
    {
        File.WriteAllText(Path.Combine(_project.Dir, "finetune.yaml"), "version: 1\n", Encoding.Unicode);

        var d = ConfigAssert.Single(LoadFile("finetune.yaml"), ConfigCodes.FileUnreadable, 0, 0);

        ConfigAssert.Contains("save it as UTF-8", d);
    }

    [Fact]
    public void Invalid_utf8_is_reported_with_its_byte_offset()
    {
        File.WriteAllBytes(Path.Combine(_project.Dir, "finetune.yaml"), [.. "version: 1\n"u8, 0xC3, 0x28]);

        var d = ConfigAssert.Single(LoadFile("finetune.yaml"), ConfigCodes.FileUnreadable, 0, 0);

        ConfigAssert.Contains("byte offset 11", d);
    }

    [Fact]
    public void Model_checkpoint_paths_resolve_against_the_yaml_folder()
    {
        _project.Write("data/train.jsonl", "{}\n");
        Directory.CreateDirectory(Path.Combine(_project.Dir, "ckpt", "qwen"));
        _project.Write("finetune.yaml", "train:\n  provider: lora\n  base_model: qwen\nmodels:\n  qwen:\n    path: ckpt/qwen\n");

        var result = LoadFile("finetune.yaml");

        ConfigAssert.Clean(result);
        Assert.Equal(Path.Combine(_project.Dir, "ckpt", "qwen"), result.Config!.Models["qwen"].Path);
    }
}
