namespace FineTune.Pipeline.Runner;

/// <summary>The text of <c>finetune --help</c>.</summary>
public static class HelpText
{
    public static string Usage => "Usage: finetune <target> [options]   (finetune --help for details)";

    public static string Full => $"""
        {ToolInfo.Name} {ToolInfo.Version}: generate, validate, cost, train and evaluate LLM fine-tuning declared in finetune.yaml.

        Usage: finetune <target> [options]

        Targets (a target runs after its dependencies):
          generate        ask the teacher model (generate.teacher) to answer generate.prompts and append
                          the answers to the training data; runs before validate when finetune.yaml
                          has a generate section (distillation; resumable, budget-gated)
          validate        check every line of the datasets and count tokens exactly
          cost            validate, then estimate the training cost and gate on cost.budget_usd
          train           validate, cost, then fine-tune (train.provider openai or lora): upload once,
                          create or resume the job, follow it to the model
          evaluate        train (or take --model), then score base and fine-tuned model on the eval
                          set and fail unless the fine-tuned one wins by the margin, with confidence
          all             the whole pipeline: validate → cost → train → evaluate
          make-tiny-model --family llama|qwen2 --out DIR [--seed N]: write a small test checkpoint
                          (needs the tool built with -p:FineTuneLora=true)

        Options:
          -c, --config FILE     configuration file (default: finetune.yaml)
          --report-dir DIR      folder for report.json, summary.md, junit.xml
                                (default: reports.dir in the yaml, else artifacts/finetune)
          --dry-run             list the tasks that would run, in order, and run none
          -e, --exclusive       run only the target, not its dependencies
          --compare REF         also report what changed in the datasets since git ref REF
          --force-new           train: create a new job even if one exists for the same data and settings
          --model ID            the model evaluate checks (default: evaluate.model)
          --no-color            plain output (also: NO_COLOR=1, or output that is not a terminal)
          -v, --verbose         full details of internal errors (also: FINETUNE_DEBUG=1)
          --version             print the version
          -h, --help            print this help

        Exit codes: 0 passed, 1 a gate failed (invalid data, over budget, evaluation below the margin),
                    2 bad usage or configuration, 3 external failure, cancellation or internal error.
        """;
}
