package io.armgen.generator.normalize;

import io.armgen.generator.model.Operation;
import io.armgen.generator.model.OperationMedia;
import io.armgen.generator.model.Parameter;
import io.armgen.generator.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An operation while schema passes still run: types are {@link DraftType}s. */
final class OperationDraft {
  String operationId;
  String group;
  String javaName;
  String httpMethod;
  String path;
  String description;
  final List<ParameterDraft> parameters = new ArrayList<>();
  final List<ResponseDraft> responses = new ArrayList<>();
  DraftType errorType;
  Operation.LongRunning longRunning;
  PagingDraft paging;
  final List<Operation.Example> examples = new ArrayList<>();
  SourceLocation origin;
  /** How the bodies travel; see {@link OperationMediaReader}. */
  OperationMedia media;

  /** One parameter; {@code type} is a draft until names are known. */
  record ParameterDraft(String wireName, String javaName, Parameter.Location in, DraftType type, boolean required,
      boolean client, String constantValue, boolean skipUrlEncoding, String description, Parameter.Details details) {}

  record ResponseDraft(int status, Optional<DraftType> body, List<HeaderDraft> headers) {}

  /** A declared response header; see {@link Operation.Header}. */
  record HeaderDraft(String name, String javaName, DraftType type, String collectionPrefix, String description) {}

  record PagingDraft(String itemName, Optional<String> nextLinkName, DraftType pageType, DraftType itemType,
      Optional<String> nextOperationId) {}
}
