namespace Cosyn.Tests.Rendering.Graphviz;

/// <summary>Realistic DOT inputs of the kinds diagram-graphviz generates.</summary>
internal static class GraphvizSamples
{
    public const string Flowchart = """
        digraph Order {
          node [shape=box, style="rounded,filled", fillcolor="#e8f0fe", fontname="Helvetica", fontsize=16];
          start [label="Receive Order", shape=ellipse];
          check [label="In Stock?", shape=diamond, fillcolor="#fff4d6"];
          ship [label="Ship Package"];
          wait [label="Backorder"];
          start -> check;
          check -> ship [label="yes"];
          check -> wait [label="no"];
          wait -> check [label="restocked"];
        }
        """;

    public const string OrgChart = """
        digraph Org {
          rankdir=TB;
          node [shape=box, fontname="Helvetica", fontsize=16];
          ceo [label="Chief Executive"];
          cto [label="Technology"]; cfo [label="Finance"]; coo [label="Operations"];
          ceo -> cto; ceo -> cfo; ceo -> coo;
          cto -> web [label=""]; web [label="Web Team"];
          cfo -> audit; audit [label="Audit"];
        }
        """;

    public const string StateMachine = """
        digraph Door {
          rankdir=LR;
          node [shape=box, style=rounded, fontname="Helvetica", fontsize=16];
          Closed [peripheries=2];
          Closed -> Opened [label="open"];
          Opened -> Closed [label="close"];
          Closed -> Locked [label="lock"];
          Locked -> Closed [label="unlock"];
        }
        """;

    public const string Clusters = """
        digraph Services {
          rankdir=LR;
          node [shape=box, fontsize=18];
          subgraph cluster_front { label="Frontend"; fontsize=20; style=dashed; Browser; Gateway; }
          subgraph cluster_back { label="Backend"; fontsize=20; style=dashed; Orders; Billing; Database [shape=cylinder]; }
          Browser -> Gateway -> Orders -> Database;
          Gateway -> Billing -> Database;
        }
        """;

    public const string Records = """
        digraph Schema {
          node [shape=record, fontname="Helvetica", fontsize=16];
          customer [label="{Customer|id\lname\lemail\l}"];
          invoice [label="{Invoice|id\lcustomer_id\ltotal\l}"];
          line [label="{LineItem|invoice_id\lproduct\lquantity\l}"];
          customer -> invoice [label="places"];
          invoice -> line [label="contains"];
        }
        """;
}
