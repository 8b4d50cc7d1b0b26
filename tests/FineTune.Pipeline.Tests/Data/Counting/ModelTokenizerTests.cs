using FineTune.Pipeline.Catalog;
using FineTune.Pipeline.Config;
using FineTune.Pipeline.Cost;
using FineTune.Pipeline.Data;
using FineTune.Pipeline.Diagnostics;
using FineTune.Pipeline.Reporting;
using FineTune.Pipeline.Training;

namespace FineTune.Pipeline.Tests.Data.Counting;

public sealed class ModelTokenizerTests
{
    // 3 + 2 + 6 + 2 = turns "system", "Hi" (user), "Hello!" (assistant): 1 + 6+1, 1 + 2+1, 1 + 6+1
    private const string Short = """{"messages":[{"role":"system","content":"system"},{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello!"}]}""";
    private const string Long = """{"messages":[{"role":"user","content":"Tell me everything"},{"role":"assistant","content":"Everything there is to tell."}]}""";

    [Fact]
    public void Lora_model_totals_come_from_the_checkpoint_tokenizer_and_the_reports_name_it()
    {
        using var data = new TempDataset().Train(Short, Long);
        var backend = new FakeTemplateBackend();

        var outcome = Validate(data, backend);

        Assert.Equal(8 + 4 + 8 + 20 + 30, outcome.Train.Tokens.Total);
        Assert.Equal(7 + 29, outcome.Train.Tokens.Assistant);
        Assert.Equal("fake tokenizer", outcome.Train.Tokenizer);
        var opened = Assert.Single(backend.Opened);
        Assert.Equal((Path.Combine(data.Directory, "ckpt"), "chatml", "ckpt"), opened);
        Assert.Equal(1, backend.Disposed);
        outcome.Lacks("FT3019");
        outcome.Lacks("FT3018");
        var cost = CostEstimator.Estimate(PipelineSettings.Resolve(LoraConfig(data)), outcome);
        Assert.Contains(("Tokenizer", "fake tokenizer"), CostTable.Rows(cost));
        Assert.DoesNotContain(CostTable.Rows(cost), row => row.Label == "Encoding");
        Assert.Equal(["File", "Tokenizer", "Examples"], DatasetTable.RowsFor(outcome.Train).Take(3).Select(r => r.Label));
    }

    [Fact]
    public void Example_over_max_seq_length_is_a_warning_on_its_line_saying_how_many_assistant_tokens_are_cut()
    {
        using var data = new TempDataset().Train(Short, Long);

        var outcome = Validate(data, new FakeTemplateBackend(), maxSeqLength: 40);

        var d = outcome.Single("FT3018");
        Assert.Equal((Severity.Warning, "train.jsonl", 2, 1), (d.Severity, d.File, d.Line, d.Column));
        Assert.StartsWith(
            "the example is 50 tokens with the model's chat template, over train.lora.max_seq_length (40): training cuts the last 10 tokens, 10 of its 29 assistant tokens among them. Fix: ",
            d.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Example_whose_cut_spares_the_assistant_tokens_says_so_and_one_that_loses_them_all_teaches_nothing()
    {
        using var data = new TempDataset().Train(
            """{"messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello!"},{"role":"user","content":"and a long trailing question"}]}""",
            Long);

        var findings = Validate(data, new FakeTemplateBackend(), maxSeqLength: 20).WithCode("FT3018");

        Assert.Contains("cuts the last 22 tokens, none of them assistant tokens", findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("cuts the last 30 tokens, all 29 assistant tokens among them, so the example teaches nothing", findings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Over_max_seq_length_severity_is_configurable()
    {
        using var data = new TempDataset().Train(Long);
        var config = LoraConfig(data, 10);
        config = config with { Validation = config.Validation with { Rules = new Dictionary<string, Severity> { ["FT3018"] = Severity.Error } } };

        var outcome = DatasetValidator.Validate(PipelineSettings.Resolve(config), new DatasetValidatorOptions { LoraBackend = () => new FakeTemplateBackend() });

        Assert.Equal(Severity.Error, outcome.Single("FT3018").Severity);
    }

    [Fact]
    public void Without_the_backend_counts_are_o200k_estimates_and_that_is_said_once()
    {
        using var data = new TempDataset().Train(Short, Long, Short);

        var outcome = DatasetValidator.Validate(PipelineSettings.Resolve(LoraConfig(data)), new DatasetValidatorOptions { LoraBackend = () => null });

        var d = outcome.Single("FT3019");
        Assert.Equal((Severity.Info, null, 0), (d.Severity, d.File, d.Line));
        Assert.StartsWith("this build of finetune does not carry the LoRA backend, so the tokens of ckpt are estimated with o200k_base. Fix: ", d.Message, StringComparison.Ordinal);
        Assert.Contains("-p:FineTuneLora=true", d.Message, StringComparison.Ordinal);
        Assert.Equal("o200k_base (estimate)", outcome.Train.Tokenizer);
        Assert.Equal(data.Validate().Train.Tokens, outcome.Train.Tokens);
    }

    [Fact]
    public void A_checkpoint_whose_tokenizer_cannot_load_falls_back_with_the_reason()
    {
        using var data = new TempDataset().Train(Short);

        var outcome = Validate(data, new FakeTemplateBackend(new InvalidDataException("ckpt has no tokenizer.json")));

        Assert.Contains("the tokenizer of ckpt could not be loaded (ckpt has no tokenizer.json), so its tokens are estimated", outcome.Single("FT3019").Message, StringComparison.Ordinal);
        Assert.Equal("o200k_base (estimate)", outcome.Train.Tokenizer);
    }

    [Fact]
    public void The_estimate_notice_can_be_switched_off()
    {
        using var data = new TempDataset().Train(Short);
        var config = LoraConfig(data);
        config = config with { Validation = config.Validation with { Rules = new Dictionary<string, Severity> { ["FT3019"] = Severity.Off } } };

        DatasetValidator.Validate(PipelineSettings.Resolve(config), new DatasetValidatorOptions { LoraBackend = () => null }).Lacks("FT3019");
    }

    [Fact]
    public void OpenAI_models_never_ask_for_the_backend_and_report_json_has_no_tokenizer()
    {
        using var data = new TempDataset().Train(Short);

        var outcome = DatasetValidator.Validate(
            PipelineSettings.Resolve(data.Config()),
            new DatasetValidatorOptions { LoraBackend = () => throw new InvalidOperationException("must not be loaded") });

        Assert.Null(outcome.Train.Tokenizer);
        var json = System.Text.Json.JsonSerializer.Serialize(outcome.Train, ReportJson.Options);
        Assert.DoesNotContain("tokenizer", json, StringComparison.Ordinal);
        Assert.DoesNotContain("tokenizer", System.Text.Json.JsonSerializer.Serialize(CostEstimator.Estimate(PipelineSettings.Resolve(data.Config()), outcome), ReportJson.Options), StringComparison.Ordinal);
    }

    private static ValidationOutcome Validate(TempDataset data, ILoraBackend backend, int maxSeqLength = 1024)
        => DatasetValidator.Validate(PipelineSettings.Resolve(LoraConfig(data, maxSeqLength)), new DatasetValidatorOptions { Parallelism = 2, LoraBackend = () => backend });

    private static FineTuneConfig LoraConfig(TempDataset data, int maxSeqLength = 1024)
    {
        var config = data.Config();
        return config with
        {
            Train = config.Train with
            {
                Provider = Providers.Lora,
                BaseModel = "ckpt",
                Lora = config.Train.Lora with { MaxSeqLength = maxSeqLength, ChatFormat = "chatml" },
            },
            Models = new Dictionary<string, ModelOverride>(StringComparer.Ordinal) { ["ckpt"] = new() { Provider = Providers.Lora, Path = "ckpt" } },
        };
    }
}
