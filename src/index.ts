// Classes, types and the feed API. Importing this module registers no element.
export * from "./feed/index.js";
