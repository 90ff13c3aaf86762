# generated from ui/department_dialog.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'department_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget

class Ui_DepartmentDialog(object):
    def setupUi(self, DepartmentDialog):
        if not DepartmentDialog.objectName():
            DepartmentDialog.setObjectName(u"DepartmentDialog")
        DepartmentDialog.resize(600, 240)
        self.mainLayout = QVBoxLayout(DepartmentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.nameLabel = QLabel(DepartmentDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(DepartmentDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(DepartmentDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.shortNameLabel = QLabel(DepartmentDialog)
        self.shortNameLabel.setObjectName(u"shortNameLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.shortNameLabel)

        self.shortNameEdit = QLineEdit(DepartmentDialog)
        self.shortNameEdit.setObjectName(u"shortNameEdit")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.shortNameEdit)

        self.positionLabel = QLabel(DepartmentDialog)
        self.positionLabel.setObjectName(u"positionLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.positionSpin = QSpinBox(DepartmentDialog)
        self.positionSpin.setObjectName(u"positionSpin")
        self.positionSpin.setMaximum(9999)

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.positionSpin)

        self.activeCheck = QCheckBox(DepartmentDialog)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.activeCheck)


        self.mainLayout.addLayout(self.fields)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(DepartmentDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.saveButton)

        self.cancelButton = QPushButton(DepartmentDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.shortNameLabel.setBuddy(self.shortNameEdit)
        self.positionLabel.setBuddy(self.positionSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.shortNameEdit)
        QWidget.setTabOrder(self.shortNameEdit, self.positionSpin)
        QWidget.setTabOrder(self.positionSpin, self.activeCheck)
        QWidget.setTabOrder(self.activeCheck, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(DepartmentDialog)

        QMetaObject.connectSlotsByName(DepartmentDialog)
    # setupUi

    def retranslateUi(self, DepartmentDialog):
        DepartmentDialog.setWindowTitle(QCoreApplication.translate("DepartmentDialog", u"\u0414\u0435\u043f\u0430\u0440\u0442\u0430\u043c\u0435\u043d\u0442", None))
        self.nameLabel.setText(QCoreApplication.translate("DepartmentDialog", u"&\u041d\u0430\u0437\u0432\u0430\u043d\u0438\u0435:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("DepartmentDialog", u"\u0414\u0435\u043f\u0430\u0440\u0442\u0430\u043c\u0435\u043d\u0442 \u2026 \u043f\u043e \u2026, \u043a\u0430\u043a \u0432 \u0437\u0430\u0433\u043e\u043b\u043e\u0432\u043a\u0435 \u0440\u0430\u0437\u0434\u0435\u043b\u0430 \u043e\u0442\u0447\u0451\u0442\u0430", None))
        self.shortNameLabel.setText(QCoreApplication.translate("DepartmentDialog", u"&\u041a\u0440\u0430\u0442\u043a\u043e\u0435 \u043d\u0430\u0437\u0432\u0430\u043d\u0438\u0435:", None))
        self.shortNameEdit.setPlaceholderText(QCoreApplication.translate("DepartmentDialog", u"\u043d\u0430\u043f\u0440\u0438\u043c\u0435\u0440: \u041a\u0443\u043b\u044c\u0442\u0443\u0440\u0430", None))
        self.positionLabel.setText(QCoreApplication.translate("DepartmentDialog", u"&\u041f\u043e\u0440\u044f\u0434\u043e\u043a \u0432 \u043e\u0442\u0447\u0451\u0442\u0435:", None))
#if QT_CONFIG(tooltip)
        self.positionSpin.setToolTip(QCoreApplication.translate("DepartmentDialog", u"\u0420\u0430\u0437\u0434\u0435\u043b\u044b \u043e\u0442\u0447\u0451\u0442\u0430 \u0438\u0434\u0443\u0442 \u043f\u043e \u0432\u043e\u0437\u0440\u0430\u0441\u0442\u0430\u043d\u0438\u044e \u044d\u0442\u043e\u0433\u043e \u0447\u0438\u0441\u043b\u0430", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.activeCheck.setToolTip(QCoreApplication.translate("DepartmentDialog", u"\u041d\u0435\u0434\u0435\u0439\u0441\u0442\u0432\u0443\u044e\u0449\u0438\u0439 \u0434\u0435\u043f\u0430\u0440\u0442\u0430\u043c\u0435\u043d\u0442 \u043d\u0435 \u043f\u0440\u0435\u0434\u043b\u0430\u0433\u0430\u0435\u0442\u0441\u044f \u0434\u043b\u044f \u043d\u043e\u0432\u044b\u0445 \u043c\u0435\u0440\u043e\u043f\u0440\u0438\u044f\u0442\u0438\u0439; \u043f\u0440\u0435\u0436\u043d\u0438\u0435 \u0437\u0430\u043f\u0438\u0441\u0438 \u043e\u0441\u0442\u0430\u044e\u0442\u0441\u044f", None))
#endif // QT_CONFIG(tooltip)
        self.activeCheck.setText(QCoreApplication.translate("DepartmentDialog", u"&\u0414\u0435\u0439\u0441\u0442\u0432\u0443\u0435\u0442", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("DepartmentDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("DepartmentDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c", None))
        self.cancelButton.setText(QCoreApplication.translate("DepartmentDialog", u"\u041e\u0442\u043c\u0435\u043d\u0430", None))
    # retranslateUi

