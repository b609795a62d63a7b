namespace Cosyn.Output.Export;

/// <summary>What <c>cosyn export --to</c> writes.</summary>
public enum ExportFormat
{
    /// <summary>Hugging Face Parquet in the CoSyn-400K layout, with a dataset card.</summary>
    Hf,

    /// <summary>LLaVA conversation JSON.</summary>
    Llava,

    /// <summary>LLaMA-Factory's multimodal ShareGPT JSON plus its <c>dataset_info.json</c> entry.</summary>
    ShareGpt,

    /// <summary>ms-swift JSONL (<c>messages</c> + <c>images</c>).</summary>
    Swift,
}
