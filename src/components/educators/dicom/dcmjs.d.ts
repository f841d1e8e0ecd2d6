// The small part of dcmjs (which ships no types) that the DICOM writer uses.
declare module 'dcmjs' {
  type Dataset = Record<string, unknown>;
  export const data: {
    DicomMetaDictionary: {
      denaturalizeDataset(dataset: Dataset): Dataset;
    };
    DicomDict: new (meta: Dataset) => {
      dict: Dataset;
      write(options?: { allowInvalidVRLength?: boolean }): ArrayBuffer;
    };
  };
}
