import { describe, expect, it } from "vitest";
import { readAnnotations } from "./annotation-input";
import { checkAnnotation, checkAnnotationCollection, checkClaimReview } from "./testing/spec-checks";

const quote = { type: "TextQuoteSelector", exact: "286 morts", prefix: "fait ", suffix: "," };

describe("readAnnotations", () => {
  it("reads the W3C shapes: one annotation, a page, an embedded collection, a list", () => {
    const one = {
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: "urn:x:1",
      type: "Annotation",
      bodyValue: "À vérifier",
      target: { source: "https://e.example/a", selector: quote },
    };
    expect(readAnnotations(JSON.stringify(one))).toEqual([
      expect.objectContaining({
        id: "urn:x:1",
        quote: { exact: "286 morts", prefix: "fait ", suffix: "," },
        comments: ["À vérifier"],
      }),
    ]);
    const page = { type: "AnnotationPage", id: "urn:p", items: [one, { ...one, id: "urn:x:2" }] };
    expect(readAnnotations(JSON.stringify(page)).map((a) => a.id)).toEqual(["urn:x:1", "urn:x:2"]);
    const collection = {
      type: "AnnotationCollection",
      id: "urn:c",
      first: { ...page, next: { type: "AnnotationPage", items: [{ ...one, id: "urn:x:3" }] } },
    };
    expect(readAnnotations(JSON.stringify(collection)).map((a) => a.id)).toEqual(["urn:x:1", "urn:x:2", "urn:x:3"]);
    expect(readAnnotations(JSON.stringify([one]))).toHaveLength(1);
  });

  it("reads Hypothesis's API rows and export", () => {
    const row = {
      id: "h1",
      text: "Source ?",
      tags: ["bilan"],
      user: "acct:bob@hypothes.is",
      target: [
        { source: "https://e.example/a", selector: [quote, { type: "TextPositionSelector", start: 10, end: 19 }] },
      ],
    };
    expect(readAnnotations(JSON.stringify({ total: 1, rows: [row] }))).toEqual([
      expect.objectContaining({
        id: "h1",
        start: 10,
        comments: ["Source ?"],
        tags: ["bilan"],
        creator: "bob@hypothes.is",
      }),
    ]);
    expect(readAnnotations(JSON.stringify({ annotations: [row] }))).toHaveLength(1);
  });

  it("names the annotation and field that are wrong", () => {
    const bad = [{ type: "Annotation", target: { source: "x", selector: quote } }, { type: "Annotation" }];
    expect(() => readAnnotations(JSON.stringify(bad))).toThrow(
      expect.objectContaining({ values: { detail: expect.stringMatching(/^\[1\]\.target/) } }),
    );
  });
});

describe("the specification checks", () => {
  it("find what a document lacks", () => {
    expect(checkAnnotation({ type: "Note", target: [] })).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/@context/),
        expect.stringMatching(/IRI id/),
        expect.stringMatching(/type MUST include Annotation/),
        expect.stringMatching(/1 or more targets/),
      ]),
    );
    expect(
      checkAnnotation({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        id: "urn:a",
        type: "Annotation",
        created: "2026-12-01 10:00",
        body: { type: "TextualBody", purpose: "liking" },
        target: {
          source: "not an iri",
          selector: [{ type: "TextPositionSelector", start: -1, end: 2.5 }, { type: "TextQuoteSelector" }],
        },
      }),
    ).toHaveLength(7);
    expect(
      checkAnnotationCollection({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        id: "urn:c",
        type: "AnnotationCollection",
        total: 3,
      }),
    ).toEqual(["collection: MUST have first when it has annotations"]);
    expect(
      checkClaimReview({ "@context": "https://schema.org", "@type": "ClaimReview" }, { rated: true }).length,
    ).toBeGreaterThanOrEqual(5);
  });
});
